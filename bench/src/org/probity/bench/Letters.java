package org.probity.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Petitions as citizens write them, regenerated from a matter's number alone: a matter names an official with a
 * post, a plot, a sum and a year, and is sent one to four times (another greeting, without diacritics, shortened,
 * signed by others). Different matters reuse the same phrasing about other officials and facts, as real letters do.
 */
final class Letters {

	static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

	static final LocalDate LAST = LocalDate.of(2025, 12, 31);

	private static final long SEED = 20261123L;

	private static final String[] KINDS = { "DENUNCIATION", "DENUNCIATION", "COMPLAINT", "REFLECTION", "RECOMMENDATION",
			"DENUNCIATION" };

	private static final String[] CHANNELS = { "DIRECT", "MAIL", "WEB", "HOTLINE", "FORWARDED", "PRESS" };

	private final Scale scale;

	Letters(Scale scale) {
		this.scale = scale;
	}

	record Letter(String kind, String channel, LocalDate receivedOn, String receivedBy, boolean anonymous,
			List<String> petitioners, String subjectName, String subjectUnit, String content) {
	}

	/** How many times matter {@code m} is sent: most once, some twice, a few three or four times. */
	int copies(long m) {
		int roll = new Random(SEED ^ (m * 0x9E3779B97F4A7C15L)).nextInt(100);
		return roll < 70 ? 1 : roll < 90 ? 2 : roll < 97 ? 3 : 4;
	}

	/** Letter {@code round} (0 = the first) of matter {@code m}; the file leaves out those dated after {@link #LAST}. */
	Letter letter(long m, int round) {
		Random matter = new Random(SEED + 7919 * m);
		int commune = matter.nextInt(scale.communes());
		int template = matter.nextInt(KINDS.length);
		String official = Names.person(matter);
		String post = Names.pick(matter, Names.POSTS);
		int plot = 1 + matter.nextInt(2500);
		int sheet = 1 + matter.nextInt(80);
		int sum = 10 + matter.nextInt(2990);
		int year = 2015 + matter.nextInt(10);
		String village = Names.pick(matter, Names.VILLAGES) + " " + (1 + matter.nextInt(12));
		String work = Names.pick(matter, Names.WORKS);
		String harm = Names.pick(matter, Names.HARMS);
		String ask = Names.pick(matter, Names.ASKS);
		boolean detail = matter.nextBoolean();
		LocalDate received = FIRST.plusDays(matter.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) - 60));
		for (int r = 0; r < round; r++) {
			received = received.plusDays(14 + matter.nextInt(60));
		}
		Random letter = new Random(SEED * 31 + m * 17 + round);
		String body = body(template, official, post, plot, sheet, sum, year, village, work, harm);
		if (detail && !(round == 2 && letter.nextBoolean())) {
			body += " Việc xây dựng " + work + " ở thôn " + village + " " + harm + ".";
		}
		String content = (round == 0 ? "" : Names.pick(letter, Names.GREETINGS)) + body + " " + ask;
		if (round > 0) {
			content += " Đề nghị xử lý dứt điểm.";
		}
		if (round % 2 == 1) {
			content = withoutDiacritics(content);
		}
		String kind = KINDS[template];
		boolean anonymous = kind.equals("DENUNCIATION") && letter.nextInt(10) < 4;
		String receivedBy = letter.nextInt(10) < 7 ? Generator.commune(scale, commune)
				: Generator.province(commune % scale.provinces()) + "-TTT";
		return new Letter(kind, CHANNELS[letter.nextInt(CHANNELS.length)], received, receivedBy, anonymous,
				anonymous ? List.of() : signatories(letter), round % 2 == 0 ? official : "",
				letter.nextInt(10) < 6 ? Generator.commune(scale, commune) : "", content.strip());
	}

	private static String body(int template, String official, String post, int plot, int sheet, int sum, int year,
			String village, String work, String harm) {
		return switch (template) {
			case 0 -> "Ông %s, %s, đã giao trái phép thửa đất số %d, tờ bản đồ số %d tại thôn %s cho doanh nghiệp và nhận %d triệu đồng năm %d."
				.formatted(official, post, plot, sheet, village, sum, year);
			case 1 -> "Tôi tố cáo ông %s, %s, đòi %d triệu đồng khi cấp giấy chứng nhận quyền sử dụng thửa đất số %d, tờ bản đồ số %d năm %d."
				.formatted(official, post, sum, plot, sheet, year);
			case 2 -> "Khiếu nại việc ông %s, %s, bồi thường không đúng khi thu hồi thửa đất số %d, tờ bản đồ số %d để làm %s; chênh lệch %d triệu đồng năm %d."
				.formatted(official, post, plot, sheet, work, sum, year);
			case 3 -> "Phản ánh công trình %s ở thôn %s thi công cẩu thả, %s, do ông %s, %s, làm ngơ; thiệt hại khoảng %d triệu đồng năm %d."
				.formatted(work, village, harm, official, post, sum, year);
			case 4 -> "Kiến nghị về việc ông %s, %s, chậm giải quyết hồ sơ tách thửa đất số %d của gia đình tôi ở thôn %s từ năm %d."
				.formatted(official, post, plot, village, year);
			default -> "Tố cáo bà %s, %s, lập khống chứng từ chi %d triệu đồng tiền hỗ trợ xây dựng %s năm %d."
				.formatted(official, post, sum, work, year);
		};
	}

	private static List<String> signatories(Random random) {
		int count = random.nextInt(10) == 0 ? 3 + random.nextInt(4) : 1;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(Names.person(random));
		}
		return names;
	}

	/** A letter about nothing any earlier one mentions: made-up words only, so the repeat check finds no candidate. */
	static String unrelated(Random random) {
		StringBuilder text = new StringBuilder("Phản ánh");
		for (int i = 0; i < 24; i++) {
			text.append(' ');
			for (int c = 0, n = 5 + random.nextInt(5); c < n; c++) {
				text.append((char) ('a' + random.nextInt(26)));
			}
		}
		return text.append('.').toString();
	}

	static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
	}
}
