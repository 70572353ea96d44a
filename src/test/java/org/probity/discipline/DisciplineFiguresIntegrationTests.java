package org.probity.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.discipline.DisciplineFixtures.HEADER;
import static org.probity.discipline.DisciplineFixtures.row;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The report counts decisions made in the window (both ends included) on targets in the unit's subtree. */
@ProbityIntegrationTest
class DisciplineFiguresIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate TO = LocalDate.of(2024, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	DisciplineFigures figures;

	Province province;

	@BeforeEach
	void sixDecisions() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		String p = province.code();
		// Decided by the province on commune A's member and cell, and on commune A itself.
		String csv = HEADER + row(p + "-F1", "PERSON", province.personA(), "REPRIMAND", p, "2024-03-01")
				+ row(p + "-F2", "PERSON", province.personA(), "WARNING", p, "2024-06-30")
				+ row(p + "-F3", "UNIT", province.cellA(), "DISSOLUTION", province.communeA(), "2024-01-01")
				+ row(p + "-F4", "UNIT", province.communeA(), "REPRIMAND", p, "2024-02-02")
				+ row(p + "-F5", "PERSON", province.personA(), "EXPULSION", p, "2023-12-31")
				+ row(p + "-F6", "PERSON", province.personB(), "REPRIMAND", p, "2024-03-01");
		mvc.perform(asAdmin(importCsv("discipline", csv))).andExpect(jsonPath("$.imported").value(6));
	}

	@Test
	void countsDecisionsInTheWindowOnTargetsInTheSubtree() {
		// F5 is before the window; F6 is on commune B's member, decided by the province above both communes.
		DisciplineFigures.Figures communeA = Jurisdiction.asSystem(() -> figures.of(province.communeA(), FROM, TO));
		assertThat(communeA.units()).isEqualTo(2);
		assertThat(communeA.persons()).isEqualTo(2);
		assertThat(communeA.byForm()).isEqualTo(Map.of(Form.REPRIMAND, 2L, Form.WARNING, 1L, Form.REMOVAL, 0L,
				Form.EXPULSION, 0L, Form.DISSOLUTION, 1L));
	}

	@Test
	void theProvinceCountsBothCommunesAndAWiderWindowTheEarlierDecision() {
		DisciplineFigures.Figures whole = Jurisdiction.asSystem(() -> figures.of(province.code(), FROM, TO));
		assertThat(whole.units()).isEqualTo(2);
		assertThat(whole.persons()).isEqualTo(3);
		assertThat(whole.byForm().get(Form.REPRIMAND)).isEqualTo(3);
		DisciplineFigures.Figures longer = Jurisdiction.asSystem(
				() -> figures.of(province.communeA(), FROM.minusDays(1), TO));
		assertThat(longer.persons()).isEqualTo(3);
		assertThat(longer.byForm().get(Form.EXPULSION)).isEqualTo(1);
	}

	@Test
	void aCellCountsOnlyWhatHappenedToItsOwnMembersAndItself() {
		DisciplineFigures.Figures cell = Jurisdiction.asSystem(() -> figures.of(province.cellA(), FROM, TO));
		assertThat(cell.units()).isEqualTo(1);
		assertThat(cell.persons()).isEqualTo(2);
	}
}
