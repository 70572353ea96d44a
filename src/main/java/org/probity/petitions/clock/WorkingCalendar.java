package org.probity.petitions.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which days an office is open, to count time limits given in working days. Saturdays, Sundays and holidays are off;
 * make-up working days (a Saturday worked to bridge a holiday, or a holiday the government moved) are open anyway.
 */
public final class WorkingCalendar {

	private final Set<MonthDay> annualHolidays;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingDays;

	private WorkingCalendar(Set<MonthDay> annualHolidays, Set<LocalDate> holidays, Set<LocalDate> workingDays) {
		this.annualHolidays = Set.copyOf(annualHolidays);
		this.holidays = Set.copyOf(holidays);
		this.workingDays = Set.copyOf(workingDays);
	}

	/** Weekends off, plus exactly the given holidays: for a unit that configures every holiday itself. */
	public static WorkingCalendar of(Set<LocalDate> holidays) {
		return new WorkingCalendar(Set.of(), holidays, Set.of());
	}

	/** Vietnam's statutory holidays (built-in table for the lunar ones), plus configured ones such as bridging days. */
	public static WorkingCalendar vietnam(Set<LocalDate> extraHolidays) {
		Set<LocalDate> holidays = new HashSet<>(VietnamHolidays.lunar());
		holidays.addAll(extraHolidays);
		return new WorkingCalendar(VietnamHolidays.EVERY_YEAR, holidays, Set.of());
	}

	/** The same calendar with these days open even if they are weekends or built-in holidays. */
	public WorkingCalendar withWorkingDays(Set<LocalDate> days) {
		Set<LocalDate> open = new HashSet<>(workingDays);
		open.addAll(days);
		return new WorkingCalendar(annualHolidays, holidays, open);
	}

	public boolean isWorkingDay(LocalDate day) {
		Objects.requireNonNull(day, "day");
		if (workingDays.contains(day)) {
			return true;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend && !holidays.contains(day) && !annualHolidays.contains(MonthDay.from(day));
	}

	/** The day on which {@code days} working days have passed; {@code from} itself is not counted. */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		Objects.requireNonNull(from, "from");
		requireNotNegative(days);
		LocalDate day = from;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	public LocalDate addCalendarDays(LocalDate from, int days) {
		Objects.requireNonNull(from, "from");
		requireNotNegative(days);
		return from.plusDays(days);
	}

	private static void requireNotNegative(int days) {
		if (days < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative: " + days + " days");
		}
	}
}
