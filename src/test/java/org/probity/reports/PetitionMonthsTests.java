package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PetitionMonthsTests {

	@Test
	void everyMonthOfAShortWindowIsABarLinkingToItsDaysWithinTheWindow() {
		List<Bar> bars = PetitionMonths.bars(Map.of(YearMonth.of(2025, 2), 4L), "HL", LocalDate.of(2025, 1, 15),
				LocalDate.of(2025, 3, 10));
		assertThat(bars).extracting(Bar::key).containsExactly("2025-01", "2025-02", "2025-03");
		assertThat(bars).extracting(Bar::value).containsExactly(0L, 4L, 0L);
		assertThat(bars.get(0).link()).isEqualTo("/petitions?unit=HL&from=2025-01-15&to=2025-01-31");
		assertThat(bars.get(1).link()).isEqualTo("/petitions?unit=HL&from=2025-02-01&to=2025-02-28");
		assertThat(bars.get(2).link()).isEqualTo("/petitions?unit=HL&from=2025-03-01&to=2025-03-10");
	}

	@Test
	void aWindowOfYearsShowsTheYearsWithPetitionsOnly() {
		List<Bar> bars = PetitionMonths.bars(Map.of(YearMonth.of(2020, 2), 4L, YearMonth.of(2020, 11), 1L,
				YearMonth.of(2025, 6), 2L), "HL", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
		assertThat(bars).extracting(Bar::key).containsExactly("2020", "2025");
		assertThat(bars).extracting(Bar::value).containsExactly(5L, 2L);
		assertThat(bars.get(1).link()).isEqualTo("/petitions?unit=HL&from=2025-01-01&to=2025-12-31");
	}
}
