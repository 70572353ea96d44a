package org.probity.reports;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Petitions received per month of the window, every month shown, zero or not; a window longer than two years is
 * shown per year instead, only the years with petitions, so a window of centuries stays a handful of bars. Each bar
 * links to the inbox over its days, cut to the window.
 */
final class PetitionMonths {

	static final int MONTHS_AT_MOST = 24;

	private PetitionMonths() {
	}

	static List<Bar> bars(Map<YearMonth, Long> byMonth, String unit, LocalDate from, LocalDate to) {
		YearMonth first = YearMonth.from(from);
		YearMonth last = YearMonth.from(to);
		List<Bar> bars = new ArrayList<>();
		if (ChronoUnit.MONTHS.between(first, last) < MONTHS_AT_MOST) {
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				bars.add(bar(month.toString(), byMonth.getOrDefault(month, 0L), month.atDay(1), month.atEndOfMonth(),
						unit, from, to));
			}
			return bars;
		}
		Map<Integer, Long> byYear = new TreeMap<>();
		byMonth.forEach((month, count) -> byYear.merge(month.getYear(), count, Long::sum));
		byYear.forEach((year, count) -> bars.add(bar(String.valueOf(year), count, Year.of(year).atDay(1),
				Year.of(year).atMonth(12).atEndOfMonth(), unit, from, to)));
		return bars;
	}

	private static Bar bar(String key, long count, LocalDate first, LocalDate last, String unit, LocalDate from,
			LocalDate to) {
		LocalDate start = first.isBefore(from) ? from : first;
		LocalDate end = last.isAfter(to) ? to : last;
		return Bar.of(key, count, Links.to("/petitions", unit, start, end));
	}
}
