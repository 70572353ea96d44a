package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.advance;
import static org.probity.cases.CaseFixtures.defendant;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.opened;
import static org.probity.cases.CaseFixtures.placeUnderMonitoring;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of commune A neither reads, lists, counts nor moves the cases of commune B; cases follow a unit's move. */
@ProbityIntegrationTest
class CaseJurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFigures figures;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcTemplate jdbc;

	Province province;

	String officerA;

	long inA;

	long inB;

	@BeforeEach
	void aCaseInEachCommune() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		inA = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		inB = opened(mvc, landCase(province.communeB(), "2024-01-10"));
		mvc.perform(asAdmin(defendant(inB, "Đỗ Văn Bê", "2024-02-02"))).andExpect(status().isCreated());
		officerA = Api.unique("officer-a");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	@Test
	void anotherCommunesCaseIsInvisible() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/cases/" + inB))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/cases")))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) inA)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) inB))));
		mvc.perform(as(officerA, get("/api/v1/cases").param("unit", province.communeB()))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/cases/defendants"))).andExpect(jsonPath("$.page.totalElements").value(0));
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/cases/" + inB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/cases").cookie(page)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/cases/" + inB + "\""))))
			.andExpect(content().string(containsString("/cases/" + inA + "\"")));
	}

	@Test
	void searchFindsTheCasesOfTheReadersJurisdictionOnly() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/search").param("q", "giao dat " + province.communeA())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].type", hasItem("cases")))
			.andExpect(jsonPath("$.hits[*].id", hasItem(String.valueOf(inA))))
			.andExpect(jsonPath("$.hits[*].id", not(hasItem(String.valueOf(inB)))));
		mvc.perform(asAdmin(get("/api/v1/search").param("q", "giao dat " + province.communeB())))
			.andExpect(jsonPath("$.hits[*].id", hasItem(String.valueOf(inB))));
	}

	@Test
	void anotherCommunesCaseIsNeitherMovedNorCounted() throws Exception {
		mvc.perform(as(officerA, advance(inB, "VERIFYING", "2024-02-01"))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, placeUnderMonitoring(inB, province.code(), "2024-02-01"))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, CaseFixtures.open(landCase(province.communeB(), "2024-01-10"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		mvc.perform(as(officerA, advance(inA, "VERIFYING", "2024-02-01"))).andExpect(status().isOk());
		String pathA = Jurisdiction.asSystem(() -> units.pathOf(province.communeA()));
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2024, 12, 31);
		assertThat(Jurisdiction.as(pathA, () -> figures.of(province.communeA(), from, to).byStage().get(Stage.DETECTED)))
			.isEqualTo(1);
		assertThatThrownBy(() -> Jurisdiction.as(pathA, () -> figures.of(province.code(), from, to)))
			.isInstanceOf(UnknownUnit.class);
		assertThat(Jurisdiction.asSystem(() -> figures.of(province.code(), from, to).defendants())).isEqualTo(1);
	}

	@Test
	void casesFollowTheirUnitWhenItMoves() throws Exception {
		mvc.perform(asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n"
				+ province.communeA() + ",Xã An Bình,COMMUNE," + province.communeB() + ",,\n"))).andExpect(status().isOk());
		String movedPath = "/" + province.code() + "/" + province.communeB() + "/" + province.communeA() + "/";
		assertThat(jdbc.queryForObject("select scope_path from corruption_case where id = ?", String.class, inA))
			.isEqualTo(movedPath);
		String officerB = Api.unique("officer-b");
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		mvc.perform(as(officerB, get("/api/v1/cases/" + inA))).andExpect(status().isOk());
	}
}
