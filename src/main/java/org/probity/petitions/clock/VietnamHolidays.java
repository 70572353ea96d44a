package org.probity.petitions.clock;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Vietnam's public holidays under the 2019 Labour Code (Article 112). The lunar holidays move every year, so they come
 * from a table checked against the Vietnamese lunar calendar (UTC+7, which is why Tết 2030 falls a day before the
 * Chinese New Year). Years beyond the table, compensatory days and the government's yearly bridging schedule are
 * configured holidays, not code.
 */
public final class VietnamHolidays {

	/** 1 Jan, 30 Apr, 1 May, and the National Day pair: the law lets the day beside 2 Sep vary, we take 3 Sep. */
	static final Set<MonthDay> EVERY_YEAR = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2), MonthDay.of(9, 3));

	/** First day of the lunar year (mùng 1 Tết). */
	static final List<LocalDate> TET = List.of(
			LocalDate.of(2023, 1, 22),
			LocalDate.of(2024, 2, 10),
			LocalDate.of(2025, 1, 29),
			LocalDate.of(2026, 2, 17),
			LocalDate.of(2027, 2, 6),
			LocalDate.of(2028, 1, 26),
			LocalDate.of(2029, 2, 13),
			LocalDate.of(2030, 2, 2));

	/** Hùng Kings' Commemoration, 10th day of the 3rd lunar month. */
	static final List<LocalDate> HUNG_KINGS = List.of(
			LocalDate.of(2023, 4, 29),
			LocalDate.of(2024, 4, 18),
			LocalDate.of(2025, 4, 7),
			LocalDate.of(2026, 4, 26),
			LocalDate.of(2027, 4, 16),
			LocalDate.of(2028, 4, 4),
			LocalDate.of(2029, 4, 23),
			LocalDate.of(2030, 4, 12));

	private VietnamHolidays() {
	}

	/** The table's dated holidays: five Tết days a year (the lunar year's last day and first four), Hùng Kings' day. */
	public static Set<LocalDate> lunar() {
		Set<LocalDate> days = new HashSet<>(HUNG_KINGS);
		for (LocalDate firstDay : TET) {
			for (int offset = -1; offset <= 3; offset++) {
				days.add(firstDay.plusDays(offset));
			}
		}
		return Set.copyOf(days);
	}

	/** Whether the lunar holidays of that year are built in; if not, they must be configured. */
	public static boolean coversYear(int year) {
		return TET.stream().anyMatch(day -> day.getYear() == year);
	}
}
