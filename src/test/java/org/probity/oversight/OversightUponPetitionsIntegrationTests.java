package org.probity.oversight;

import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A petition concluded with a violation about a unit opens an inspection "upon signs of violation" of that unit. */
@ProbityIntegrationTest
class OversightUponPetitionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officer;

	String leader;

	@BeforeEach
	void staff() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		officer = Api.unique("officer");
		leader = Api.unique("leader");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(leader, "LEADER", province.communeA())).andExpect(status().isCreated());
	}

	/** Registers a denunciation about a unit and takes it to its conclusion; answers the petition's reference. */
	String concluded(String subjectUnit, boolean violation) throws Exception {
		String subject = subjectUnit == null ? "null" : "\"" + subjectUnit + "\"";
		String json = mvc.perform(as(officer, post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"%s","receivedBy":"%s","anonymous":true,
					 "petitioners":[],"subjectName":"Chi bộ thôn 1","subjectUnitCode":%s,
					 "content":"Chi bộ thôn 1 thu quỹ đảng sai quy định, %s triệu đồng không được ghi sổ."}"""
				.formatted(LocalDate.now().minusDays(2), province.communeA(), subject, Api.unique("")))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		move(officer, id, "classify", "{\"topic\":\"PUBLIC_FUNDS\",\"complexity\":\"ORDINARY\"}");
		move(officer, id, "accept", "{}");
		move(officer, id, "verify", "{}");
		move(leader, id, "conclude", "{\"outcome\":\"FOUNDED\",\"violation\":" + violation + ",\"summary\":\"Đúng\"}");
		return JsonPath.read(json, "$.reference");
	}

	void move(String user, long id, String move, String body) throws Exception {
		mvc.perform(as(user, post("/api/v1/petitions/" + id + "/" + move).contentType(MediaType.APPLICATION_JSON)
			.content(body))).andExpect(status().isOk());
	}

	@Test
	void aViolationAboutAUnitOpensAnInspectionByTheHandlingUnitsCommission() throws Exception {
		String reference = concluded(province.cellA(), true);
		mvc.perform(as(officer, get("/api/v1/oversight/activities/PET-" + reference)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activity.type").value("INSPECTION"))
			.andExpect(jsonPath("$.activity.body").value("INSPECTION_COMMISSION"))
			.andExpect(jsonPath("$.activity.programme").value("SIGNS_OF_VIOLATION"))
			.andExpect(jsonPath("$.activity.conductedBy").value(province.communeA()))
			.andExpect(jsonPath("$.activity.startedOn").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.activity.concludedOn").doesNotExist())
			.andExpect(jsonPath("$.targets.length()").value(1))
			.andExpect(jsonPath("$.targets[0].kind").value("UNIT"))
			.andExpect(jsonPath("$.targets[0].code").value(province.cellA()));
	}

	@Test
	void noViolationOrNoSubjectUnitOpensNothing() throws Exception {
		String founded = concluded(province.cellA(), false);
		String nameless = concluded(null, true);
		mvc.perform(as(officer, get("/api/v1/oversight/activities/PET-" + founded))).andExpect(status().isNotFound());
		mvc.perform(as(officer, get("/api/v1/oversight/activities/PET-" + nameless))).andExpect(status().isNotFound());
		mvc.perform(as(officer, get("/api/v1/oversight/activities").param("unit", province.communeA())))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}
}
