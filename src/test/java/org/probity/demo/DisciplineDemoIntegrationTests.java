package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's discipline file is the same every time and imports whole over the demo province. */
@ProbityIntegrationTest
class DisciplineDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoDecisionsAreDeterministicAndEveryRowImports() throws Exception {
		DemoProvince province = new DemoProvince();
		String units = province.unitsCsv();
		String people = province.peopleCsv(3000);
		String csv = new DemoDiscipline(province::unitOf).csv();
		assertThat(new DemoDiscipline(province::unitOf).csv()).isEqualTo(csv);
		List<String> rows = Arrays.asList(csv.split("\n")).subList(1, csv.split("\n").length);
		assertThat(rows).hasSizeBetween(80, 100).allMatch(row -> row.split(",", -1).length == 7);
		assertThat(rows).anyMatch(row -> row.contains(",UNIT,")).anyMatch(row -> row.contains(",PERSON,"));
		assertThat(rows).allMatch(row -> row.split(",")[5].compareTo("2021") > 0 && row.split(",")[5].compareTo("2026") < 0);

		mvc.perform(asAdmin(importCsv("units", units))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", people))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", csv)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(rows.size()));
	}
}
