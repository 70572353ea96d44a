package org.probity.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.oversight.OversightFigures.Figures;
import org.probity.oversight.OversightFigures.Targets;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ProbityIntegrationTest
class OversightFiguresIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	OversightFigures figures;

	Province province;

	@BeforeEach
	void year() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.figuresYear(province))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(8));
	}

	Figures of(String unit, LocalDate from, LocalDate to) {
		return Jurisdiction.asSystem(() -> figures.of(unit, from, to));
	}

	@Test
	void theProvinceCountsEveryTargetOfActivitiesStartedInTheWindowOncePerActivity() {
		// F1 (2 units, 1 person) and F5 on the window's last day (1 person); F4 started the day before: not counted.
		// F2 and F3 both look at cell A: it counts twice.
		assertThat(of(province.code(), FROM, TO))
			.isEqualTo(new Figures(new Targets(2, 2), new Targets(2, 1)));
	}

	@Test
	void aCommuneCountsOnlyWhatItsOwnBodiesConducted() {
		// The province's committee inspected commune A (F1), but a body outside A's subtree does not count for A.
		assertThat(of(province.communeA(), FROM, TO)).isEqualTo(new Figures(new Targets(0, 0), new Targets(2, 1)));
		assertThat(of(province.communeB(), FROM, TO)).isEqualTo(new Figures(new Targets(0, 1), new Targets(0, 0)));
	}

	@Test
	void bothEndsOfTheWindowAreIncluded() {
		assertThat(of(province.code(), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31)))
			.isEqualTo(new Figures(new Targets(1, 0), new Targets(0, 0)));
		assertThat(of(province.code(), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 1)))
			.isEqualTo(new Figures(new Targets(0, 0), new Targets(2, 1)));
		assertThat(of(province.code(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.isEqualTo(new Figures(new Targets(0, 0), new Targets(0, 0)));
	}
}
