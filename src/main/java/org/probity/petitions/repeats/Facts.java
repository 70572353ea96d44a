package org.probity.petitions.repeats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts a petition gives: land plots (thửa), map sheets (tờ bản đồ), sums in đồng, years and full
 * dates. Two petitions about the same matter may each leave some out, but they do not contradict each other.
 */
public record Facts(Set<Integer> plots, Set<Integer> sheets, Set<Long> sums, Set<Integer> years, Set<LocalDate> dates) {

	private static final Pattern PLOT = Pattern.compile("\\bthua(?: dat)?(?: so)?\\s*(\\d+(?:\\s*(?:,|va|;)\\s*\\d+)*)");

	/** "tờ bản đồ số 12", or a bare "tờ 12" right after a plot number ("thửa 73 tờ 21"), never "tổ 5". */
	private static final Pattern SHEET = Pattern.compile("\\bto ban do(?: dia chinh)?(?: so)?\\s*(\\d+)|(?<=\\d,? )to (?:so )?(\\d+)");

	private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d\\d)\\b");

	private static final Pattern WRITTEN_DATE = Pattern.compile("\\bngay (\\d{1,2}) thang (\\d{1,2}) nam ((?:19|20)\\d\\d)\\b");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19[5-9]|20[0-4])\\d)(?![\\d.,]\\d)");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	public Facts {
		plots = Collections.unmodifiableSet(plots);
		sheets = Collections.unmodifiableSet(sheets);
		sums = Collections.unmodifiableSet(sums);
		years = Collections.unmodifiableSet(years);
		dates = Collections.unmodifiableSet(dates);
	}

	/**
	 * Reads facts from folded text. What one reader recognises is blanked out before the next looks, so the
	 * 2019 in "thửa 2019" or "2.019 triệu" is never taken for a year.
	 */
	static Facts readFrom(String folded) {
		StringBuilder rest = new StringBuilder(folded);
		Set<Integer> sheets = numbers(SHEET, rest);
		Set<Integer> plots = numbers(PLOT, rest);
		Set<LocalDate> dates = dates(DATE, rest);
		dates.addAll(dates(WRITTEN_DATE, rest));
		Set<Long> sums = MoneyAmounts.read(rest.toString());
		blank(MoneyAmounts.AMOUNT, rest);
		Set<Integer> years = new TreeSet<>();
		dates.forEach(date -> years.add(date.getYear()));
		Matcher year = YEAR.matcher(rest);
		while (year.find()) {
			years.add(Integer.parseInt(year.group(1)));
		}
		return new Facts(plots, sheets, sums, years, dates);
	}

	/** A plot, a sum or a full date: facts that pin one matter down, unlike a map sheet or a year. */
	boolean hasKeyFacts() {
		return !plots.isEmpty() || !sums.isEmpty() || !dates.isEmpty();
	}

	private static Set<Integer> numbers(Pattern pattern, StringBuilder text) {
		Set<Integer> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		List<int[]> read = new ArrayList<>();
		while (matcher.find()) {
			Matcher number = NUMBER.matcher(matcher.group(matcher.group(1) != null ? 1 : 2));
			while (number.find() && number.group().length() < 9) {
				found.add(Integer.parseInt(number.group()));
			}
			read.add(new int[] { matcher.start(), matcher.end() });
		}
		blank(read, text);
		return found;
	}

	private static Set<LocalDate> dates(Pattern pattern, StringBuilder text) {
		Set<LocalDate> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		List<int[]> read = new ArrayList<>();
		while (matcher.find()) {
			read.add(new int[] { matcher.start(), matcher.end() });
			int day = Integer.parseInt(matcher.group(1));
			int month = Integer.parseInt(matcher.group(2));
			int year = Integer.parseInt(matcher.group(3));
			if (month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
				found.add(LocalDate.of(year, month, day));
			}
		}
		blank(read, text);
		return found;
	}

	/** Blanks what a reader matched, as it matched it: running its pattern a second time would only find it again. */
	private static void blank(List<int[]> read, StringBuilder text) {
		for (int[] range : read) {
			for (int i = range[0]; i < range[1]; i++) {
				text.setCharAt(i, ' ');
			}
		}
	}

	private static void blank(Pattern pattern, StringBuilder text) {
		Matcher matcher = pattern.matcher(text.toString());
		while (matcher.find()) {
			for (int i = matcher.start(); i < matcher.end(); i++) {
				text.setCharAt(i, ' ');
			}
		}
	}
}
