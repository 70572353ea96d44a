package org.probity.access;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of commune A cannot read, list, find or count anything of commune B, through pages or the API. */
@ProbityIntegrationTest
class JurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officerA;

	String officerB;

	@BeforeEach
	void twoCommunesWithAnOfficerEach() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		officerA = Api.unique("officer-a");
		officerB = Api.unique("officer-b");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
	}

	@Test
	void unitsOutsideTheSubtreeAreInvisible() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/units/" + province.communeA()))).andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/units/" + province.communeB()))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/units/" + province.code()))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/units")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(province.communeA()));
		mvc.perform(as(officerA, get("/api/v1/units").param("q", "Bình Minh")))
			.andExpect(jsonPath("$.length()").value(0));
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/units/" + province.communeB()).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/units").cookie(page).param("q", "Binh Minh").header("HX-Request", "true"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(org.hamcrest.Matchers.containsString(province.communeB()))));
	}

	@Test
	void peopleOutsideTheSubtreeAreInvisibleAndUncounted() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/people")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].code").value(province.personA()));
		mvc.perform(as(officerA, get("/api/v1/people").param("q", "Le Thi Lan")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(as(officerA, get("/api/v1/people/" + province.personB()))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/people").param("unit", province.communeB())))
			.andExpect(status().isNotFound());
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/people/" + province.personB()).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/people").cookie(page).param("q", "lan"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(org.hamcrest.Matchers.containsString("Lê Thị Lan"))));
		mvc.perform(as(officerB, get("/api/v1/people")))
			.andExpect(jsonPath("$.content[*].code", not(hasItem(province.personA()))));
	}

	@Test
	void usersOutsideTheSubtreeAreInvisible() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/users")))
			.andExpect(jsonPath("$[*].username", hasItem(officerA)))
			.andExpect(jsonPath("$[*].username", not(hasItem(officerB))))
			.andExpect(jsonPath("$[*].username", not(hasItem("admin"))));
		mvc.perform(as(officerA, get("/api/v1/users/" + officerB))).andExpect(status().isNotFound());
	}

	@Test
	void anOfficerCannotImportIntoAnotherCommuneNorOverwriteItsPeople() throws Exception {
		String intoB = "code,full_name,birth_date,unit_code,position,party_member\n" + Api.unique("X")
				+ ",Ngô Văn Nam,1990-01-01," + province.communeB() + ",,true\n";
		mvc.perform(as(officerA, importCsv("people", intoB)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("unit_code"));
		String overwriteB = "code,full_name,birth_date,unit_code,position,party_member\n" + province.personB()
				+ ",Kẻ Mạo Danh,1990-01-01," + province.cellA() + ",,true\n";
		mvc.perform(as(officerA, importCsv("people", overwriteB)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].column").value("code"));
		mvc.perform(as(officerB, get("/api/v1/people/" + province.personB())))
			.andExpect(jsonPath("$.person.fullName").value("Lê Thị Lan"));
		mvc.perform(as(officerA, importCsv("units", province.unitsCsv()))).andExpect(status().isForbidden());
	}
}
