package org.probity.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
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
import org.probity.oversight.OversightFigures.Targets;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnknownUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of commune A cannot read, list, count or import over the activities of commune B's bodies. */
@ProbityIntegrationTest
class OversightJurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OversightFigures figures;

	@Autowired
	UnitManagement units;

	Province province;

	String officerA;

	String inB;

	@BeforeEach
	void activitiesInBothCommunes() throws Exception {
		province = Province.fresh();
		inB = province.code() + "-G1";
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.openInspectionOfCellA(province))))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.concludedSupervisionInB(province))))
			.andExpect(status().isOk());
		officerA = Api.unique("officer-a");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	@Test
	void activitiesOfAnotherCommuneAreNeitherReadNorListed() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/oversight/activities/" + inB))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/oversight/activities")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[*].ref", not(hasItem(inB))));
		mvc.perform(as(officerA, get("/api/v1/oversight/activities").param("unit", province.communeB())))
			.andExpect(status().isNotFound());
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/oversight/" + inB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/oversight").cookie(page)).andExpect(content().string(not(containsString(inB))));
		mvc.perform(asAdmin(get("/api/v1/oversight/activities/" + inB))).andExpect(status().isOk());
	}

	@Test
	void activitiesOfAnotherCommuneAreNotCountedNorOverwritten() throws Exception {
		String scopeA = Jurisdiction.asSystem(() -> units.find(province.communeA()).orElseThrow().path());
		LocalDate from = LocalDate.of(2025, 1, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		assertThat(Jurisdiction.as(scopeA, () -> figures.of(province.communeA(), from, to)).committees())
			.isEqualTo(new Targets(0, 0));
		assertThatThrownBy(
				() -> Jurisdiction.as(scopeA, () -> figures.of(province.communeB(), from, to)))
			.isInstanceOf(UnknownUnit.class);
		assertThat(Jurisdiction.asSystem(() -> figures.of(province.communeB(), from, to)).committees())
			.isEqualTo(new Targets(0, 1));

		mvc.perform(as(officerA, importCsv("oversight", OversightFixtures.concludedSupervisionInB(province))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("conducted_by"));
		String hijack = OversightFixtures.concludedSupervisionInB(province).replace(province.communeB() + ",", province.communeA() + ",");
		mvc.perform(as(officerA, importCsv("oversight", hijack)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("ref"));
	}
}
