package org.probity.petitions.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	WorkingCalendar vietnam = WorkingCalendar.vietnam(Set.of());

	@Test
	void tetTwentyTwentyFourIsFiveDaysOffFromLunarNewYearsEve() {
		assertThat(vietnam.isWorkingDay(LocalDate.of(2024, 2, 8))).isTrue();
		for (int day = 9; day <= 13; day++) {
			assertThat(vietnam.isWorkingDay(LocalDate.of(2024, 2, day))).as("%d Feb 2024", day).isFalse();
		}
		assertThat(vietnam.isWorkingDay(LocalDate.of(2024, 2, 14))).isTrue();
	}

	@Test
	void tetIsOffInEveryYearOfTheTable() {
		// Weekdays only, so that the weekend rule cannot hide a wrong table entry.
		for (LocalDate day : List.of(LocalDate.of(2023, 1, 23), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 31),
				LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20), LocalDate.of(2027, 2, 5),
				LocalDate.of(2028, 1, 25), LocalDate.of(2029, 2, 16))) {
			assertThat(vietnam.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(vietnam.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
	}

	@Test
	void tetTwentyThirtyFollowsTheVietnameseLunarCalendarNotTheChineseOne() {
		// The new moon falls before midnight in Hanoi but after it in Beijing: Tết is 2 Feb, not 3 Feb.
		assertThat(vietnam.isWorkingDay(LocalDate.of(2030, 2, 1))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2030, 2, 5))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2030, 2, 6))).isTrue();
	}

	@Test
	void hungKingsDayIsOff() {
		assertThat(vietnam.isWorkingDay(LocalDate.of(2024, 4, 18))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2028, 4, 4))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2029, 4, 23))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2030, 4, 12))).isFalse();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2025, 4, 8))).isTrue();
	}

	@Test
	void fixedHolidaysRecurEvenBeyondTheLunarTable() {
		for (LocalDate holiday : List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 30), LocalDate.of(2031, 5, 1),
				LocalDate.of(2031, 9, 2), LocalDate.of(2031, 9, 3))) {
			assertThat(vietnam.isWorkingDay(holiday)).as(holiday.toString()).isFalse();
		}
		assertThat(vietnam.isWorkingDay(LocalDate.of(2031, 9, 4))).isTrue();
		assertThat(VietnamHolidays.coversYear(2030)).isTrue();
		assertThat(VietnamHolidays.coversYear(2031)).isFalse();
	}

	@Test
	void weekendsAreOffEvenWithoutHolidays() {
		WorkingCalendar weekendsOnly = WorkingCalendar.of(Set.of());
		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 3, 2))).isFalse();
		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 3, 3))).isFalse();
		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
	}

	@Test
	void addingWorkingDaysDoesNotCountTheStartDay() {
		LocalDate monday = LocalDate.of(2024, 3, 4);
		assertThat(vietnam.addWorkingDays(monday, 0)).isEqualTo(monday);
		assertThat(vietnam.addWorkingDays(monday, 1)).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(vietnam.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2024, 3, 11));
	}

	@Test
	void addingWorkingDaysJumpsOverTheNationalDayPair() {
		assertThat(vietnam.addWorkingDays(LocalDate.of(2024, 8, 30), 1)).isEqualTo(LocalDate.of(2024, 9, 4));
	}

	@Test
	void configuredHolidaysAddToTheBuiltInOnes() {
		WorkingCalendar bridged = WorkingCalendar.vietnam(Set.of(LocalDate.of(2024, 2, 8)));
		assertThat(bridged.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
		assertThat(bridged.isWorkingDay(LocalDate.of(2024, 2, 9))).isFalse();
	}

	@Test
	void theGovernmentsChoiceOfNationalDayPairOverridesTheBuiltInThirdOfSeptember() {
		// In 2025 the pair was 1 and 2 September.
		WorkingCalendar calendar = WorkingCalendar.vietnam(Set.of(LocalDate.of(2025, 9, 1)))
			.withWorkingDays(Set.of(LocalDate.of(2025, 9, 3)));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
		assertThat(vietnam.isWorkingDay(LocalDate.of(2025, 9, 3))).isFalse();
	}

	@Test
	void calendarDaysCountEveryDay() {
		assertThat(vietnam.addCalendarDays(LocalDate.of(2024, 2, 6), 7)).isEqualTo(LocalDate.of(2024, 2, 13));
	}

	@Test
	void aNegativeNumberOfDaysIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> vietnam.addWorkingDays(LocalDate.of(2024, 3, 4), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> vietnam.addCalendarDays(LocalDate.of(2024, 3, 4), -1));
	}
}
