package org.probity.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.discipline.DisciplineFixtures.HEADER;
import static org.probity.discipline.DisciplineFixtures.appeal;
import static org.probity.discipline.DisciplineFixtures.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnknownUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of commune A neither reads, lists, counts, appeals nor overwrites decisions on commune B. */
@ProbityIntegrationTest
class DisciplineJurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisciplineFigures figures;

	@Autowired
	UnitManagement units;

	Province province;

	String officerA;

	String onA;

	String onB;

	@BeforeEach
	void aDecisionInEachCommune() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		onA = province.code() + "-J1";
		onB = province.code() + "-J2";
		String today = LocalDate.now().toString();
		mvc.perform(asAdmin(importCsv("discipline", HEADER
				+ row(onA, "PERSON", province.personA(), "WARNING", province.code(), today)
				+ row(onB, "PERSON", province.personB(), "WARNING", province.code(), today))))
			.andExpect(status().isOk());
		officerA = Api.unique("officer-a");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	@Test
	void decisionsOnAnotherCommuneAreInvisible() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/discipline")))
			.andExpect(jsonPath("$.content[*].ref", hasItem(onA)))
			.andExpect(jsonPath("$.content[*].ref", not(hasItem(onB))));
		mvc.perform(as(officerA, get("/api/v1/discipline/" + onB))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/discipline").param("unit", province.communeB())))
			.andExpect(status().isNotFound());
		mvc.perform(as(officerA, appeal(onB, LocalDate.now().toString()))).andExpect(status().isNotFound());
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/discipline/" + onB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/discipline").cookie(page)).andExpect(content().string(not(containsString(onB))));
	}

	@Test
	void anotherCommuneIsNeitherCountedNorWritable() throws Exception {
		String pathA = Jurisdiction.asSystem(() -> units.find(province.communeA()).orElseThrow().path());
		LocalDate today = LocalDate.now();
		assertThat(Jurisdiction.as(pathA, () -> figures.of(province.communeA(), today, today).persons())).isEqualTo(1);
		assertThatThrownBy(() -> Jurisdiction.as(pathA, () -> figures.of(province.code(), today, today)))
			.isInstanceOf(UnknownUnit.class);
		assertThat(Jurisdiction.asSystem(() -> figures.of(province.code(), today, today).persons())).isEqualTo(2);
		mvc.perform(as(officerA, importCsv("discipline", HEADER
				+ row(onB, "PERSON", province.personA(), "REPRIMAND", province.communeA(), "2024-01-01"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("ref"));
		mvc.perform(as(officerA, importCsv("discipline", HEADER
				+ row(province.code() + "-J3", "PERSON", province.personB(), "REPRIMAND", province.communeA(), "2024-01-01"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("target_code"));
	}

	@Test
	void anOfficerRecordsADecisionOfAHigherBodyOnTheirOwnMember() throws Exception {
		mvc.perform(as(officerA, importCsv("discipline", HEADER
				+ row(province.code() + "-J4", "PERSON", province.personA(), "REPRIMAND", province.code(), "2024-01-01"))))
			.andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/discipline/" + province.code() + "-J4")))
			.andExpect(jsonPath("$.decidedBy").value(province.code()));
	}
}
