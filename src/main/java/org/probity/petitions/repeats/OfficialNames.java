package org.probity.petitions.repeats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.probity.shared.Folding;

/**
 * Finds the people a petition names as "ông …" or "bà …" followed by a Vietnamese family name. Writers call
 * themselves and the family who lost land "ông/bà" too, so the one named with an office ("…, Chủ tịch UBND xã")
 * is taken as the official the petition is about.
 */
final class OfficialNames {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Set<String> FAMILIES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu",
			"vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "truong", "mai", "cao", "luong", "ta", "doan",
			"lam", "trinh", "ha", "to", "chau", "quach", "luu", "kieu", "thai", "tong", "dao", "dam", "giang", "mac",
			"ninh", "quan", "tang", "thach", "trieu", "lai", "lu", "khuat", "nghiem", "au", "tieu", "van", "la");

	/** Capitalised words that open an office, never a name: "ông Lê Văn Tám Chủ tịch xã". */
	private static final Set<String> OFFICE_OPENERS = Set.of("chu", "pho", "bi", "giam", "can", "ubnd");

	/**
	 * In lower-case text, words that open an office or a clause and are never names ("ong le tam da nhan"); the
	 * many that are names too ("năm" and Nam, "tại" and Tài) are told apart by the number after "năm 2019".
	 */
	private static final Set<String> NOT_NAMES = Set.of("chu", "pho", "bi", "giam", "can", "ke", "canh", "la", "da",
			"dang", "co", "va", "cung", "o", "cua", "khong", "duoc", "ep", "yeu", "xa", "huyen", "tinh", "thon", "ap",
			"phuong", "ubnd", "ngay", "trong", "khi", "voi", "nguyen");

	private static final Set<String> OFFICES = Set.of("chu", "pho", "bi", "giam", "truong", "can", "cong", "ke", "thu",
			"thanh", "chanh", "hieu", "doi", "uy", "dai", "nguyen", "canh", "dia", "trung", "thieu", "thuong", "phu",
			"quan", "chi", "kiem", "hien", "la", "ubnd");

	private OfficialNames() {
	}

	/** {@code start} and {@code end} mark the name in the content, with the office after it when there is one. */
	record Named(Official official, boolean withOffice, boolean writerOrFamily, int start, int end) {
	}

	static List<Named> in(String content) {
		List<String> written = new ArrayList<>();
		List<Boolean> breakBefore = new ArrayList<>();
		List<int[]> spans = new ArrayList<>();
		Matcher word = WORD.matcher(content);
		int end = 0;
		while (word.find()) {
			breakBefore.add(!content.substring(end, word.start()).isBlank());
			written.add(word.group());
			spans.add(new int[] { word.start(), word.end() });
			end = word.end();
		}
		List<String> folded = written.stream().map(Folding::fold).toList();
		List<Named> names = new ArrayList<>();
		for (int i = 0; i + 2 < written.size(); i++) {
			boolean honorific = folded.get(i).equals("ong") || folded.get(i).equals("ba");
			if (honorific && !breakBefore.get(i + 1) && FAMILIES.contains(folded.get(i + 1))) {
				int last = lastNameWord(written, folded, breakBefore, i + 1);
				if (last > i + 1) {
					Official official = Official.named(String.join(" ", written.subList(i + 1, last + 1)));
					boolean withOffice = last + 1 < folded.size() && OFFICES.contains(folded.get(last + 1));
					int through = withOffice ? lastOfficeWord(breakBefore, last + 1) : last;
					names.add(new Named(official, withOffice, writerOrFamily(folded, i), spans.get(i + 1)[0],
							spans.get(through)[1]));
				}
			}
		}
		return names;
	}

	/** Capitalised text: the name runs while words are capitalised; lower-case text: while words may be names. */
	private static int lastNameWord(List<String> written, List<String> folded, List<Boolean> breakBefore, int family) {
		boolean capitalised = Character.isUpperCase(written.get(family).charAt(0));
		int last = family;
		for (int j = family + 1; j < written.size() && j <= family + (capitalised ? 3 : 2); j++) {
			String word = folded.get(j);
			boolean beforeNumber = j + 1 < folded.size() && Character.isDigit(folded.get(j + 1).charAt(0));
			boolean fits = !breakBefore.get(j) && !beforeNumber && !Character.isDigit(word.charAt(0)) && (capitalised
					? Character.isUpperCase(written.get(j).charAt(0)) && !OFFICE_OPENERS.contains(word)
					: !NOT_NAMES.contains(word)) && (j < family + 3 || !OFFICES.contains(word));
			if (!fits) {
				break;
			}
			last = j;
		}
		return last;
	}

	/** An office runs to the next punctuation: "…, Chủ tịch UBND xã Tân Lập, đã ký". */
	private static int lastOfficeWord(List<Boolean> breakBefore, int first) {
		int last = first;
		while (last + 1 < breakBefore.size() && !breakBefore.get(last + 1)) {
			last++;
		}
		return last;
	}

	private static boolean writerOrFamily(List<String> folded, int honorific) {
		String one = honorific >= 1 ? folded.get(honorific - 1) : "";
		String two = honorific >= 2 ? folded.get(honorific - 2) + " " + one : one;
		return one.equals("ho") || one.equals("nha") || two.equals("gia dinh") || two.equals("toi la")
				|| two.equals("ten la") || two.equals("cua toi") || two.equals("me toi") || two.equals("bo toi");
	}
}
