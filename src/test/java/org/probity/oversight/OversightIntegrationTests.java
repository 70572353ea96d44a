package org.probity.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ProbityIntegrationTest
@RecordApplicationEvents
class OversightIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Province province;

	String officer;

	String leader;

	String ref;

	@BeforeEach
	void inspectionInCommuneA() throws Exception {
		province = Province.fresh();
		ref = province.code() + "-K1";
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		officer = Api.unique("inspector");
		leader = Api.unique("chairman");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(leader, "LEADER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(as(officer, importCsv("oversight", OversightFixtures.openInspectionOfCellA(province))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
	}

	ResultActions conclude(String user, String body) throws Exception {
		return mvc.perform(as(user, post("/api/v1/oversight/activities/" + ref + "/conclude")
			.contentType(MediaType.APPLICATION_JSON).content(body)));
	}

	String outcomes(String cell, String person) {
		return """
				{"concludedOn":"2025-06-30","findings":"Chi bộ buông lỏng quản lý đảng viên","outcomes":[
				 {"kind":"UNIT","code":"%s","outcome":"%s"},{"kind":"PERSON","code":"%s","outcome":"%s"}]}"""
			.formatted(province.cellA(), cell, province.personA(), person);
	}

	@Test
	void rowsSharingARefAreTheTargetsOfOneActivityAndReimportUpdates() throws Exception {
		String concluded = OversightFixtures.openInspectionOfCellA(province).replace("2025-03-02,,", "2025-03-02,2025-05-05,VIOLATION");
		mvc.perform(as(officer, importCsv("oversight", concluded))).andExpect(status().isOk());
		mvc.perform(as(officer, importCsv("oversight", concluded))).andExpect(status().isOk());

		mvc.perform(as(officer, get("/api/v1/oversight/activities/" + ref)))
			.andExpect(jsonPath("$.activity.programme").value("THEMATIC"))
			.andExpect(jsonPath("$.activity.concludedOn").value("2025-05-05"))
			.andExpect(jsonPath("$.targets.length()").value(2))
			.andExpect(jsonPath("$.targets[*].outcome", not(hasItem("NO_VIOLATION"))));
		mvc.perform(as(officer, get("/api/v1/oversight/activities").param("unit", province.communeA())))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].targetCount").value(2));
	}

	@Test
	void badRowsAreEachNamedAndNothingIsImported() throws Exception {
		String csv = OversightFixtures.HEADER + """
				%1$s-X1,INSPECTION,COMMITTEE,%2$s,REGULAR,UNIT,%3$s,2025-01-10,,
				%1$s-X1,SUPERVISION,COMMITTEE,%2$s,REGULAR,UNIT,%2$s,2025-01-10,,
				%1$s-X2,INSPECTION,COMMITTEE,%2$s,REGULAR,PERSON,NO-SUCH-PERSON,2025-01-10,2025-01-01,NO_VIOLATION
				%1$s-X3,INSPECTION,COMMITTEE,NO-SUCH-UNIT,REGULAR,UNIT,%3$s,2025-01-10,,VIOLATION
				""".formatted(province.code(), province.communeA(), province.cellA());
		mvc.perform(as(officer, importCsv("oversight", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column").value("activity"))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("target_code")))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("concluded_on")))
			.andExpect(jsonPath("$.rows[?(@.row == 5)].column", hasItem("conducted_by")))
			.andExpect(jsonPath("$.rows[?(@.row == 5)].column", hasItem("outcome")))
			.andExpect(jsonPath("$.rejectedRows").value(5));
		mvc.perform(as(officer, get("/api/v1/oversight/activities/" + province.code() + "-X1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLeaderConcludesWithAnOutcomeForEveryTarget() throws Exception {
		conclude(officer, outcomes("VIOLATION", "NO_VIOLATION")).andExpect(status().isForbidden());
		conclude(leader, """
				{"concludedOn":"2025-06-30","outcomes":[{"kind":"UNIT","code":"%s","outcome":"VIOLATION"}]}"""
			.formatted(province.cellA())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcomes"));
		conclude(leader, outcomes("VIOLATION", "NO_VIOLATION").replace("2025-06-30", "2025-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("concludedOn"));

		conclude(leader, outcomes("VIOLATION", "NO_VIOLATION")).andExpect(status().isOk())
			.andExpect(jsonPath("$.activity.concludedOn").value("2025-06-30"))
			.andExpect(jsonPath("$.targets[?(@.kind == 'UNIT')].outcome").value("VIOLATION"));
		conclude(leader, outcomes("VIOLATION", "NO_VIOLATION")).andExpect(status().isConflict());

		assertThat(events.stream(InspectionConcluded.class)).containsExactly(new InspectionConcluded(ref,
				province.communeA(), java.time.LocalDate.of(2025, 6, 30),
				List.of(new TargetRef(TargetKind.UNIT, province.cellA()))));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CONCLUDE' and subject_id = ?",
				Integer.class, ref)).isEqualTo(1);
	}

	@Test
	void thePagesListFilterAndShowTheTargets() throws Exception {
		Cookie page = Api.signIn(mvc, officer, Api.PASSWORD);
		mvc.perform(get("/oversight").cookie(page).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inspection and supervision")))
			.andExpect(content().string(containsString(ref)));
		mvc.perform(get("/oversight").cookie(page).param("programme", "PARTY_FINANCE").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString(ref))));
		mvc.perform(get("/oversight/" + ref).cookie(page).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(province.cellA())))
			.andExpect(content().string(containsString(province.personA())))
			.andExpect(content().string(containsString("Thematic")));
		mvc.perform(get("/oversight/" + ref).cookie(page).param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuyên đề")));
		mvc.perform(get("/oversight").cookie(page).param("lang", "vi"))
			.andExpect(content().string(containsString("Kiểm tra và giám sát")));
	}
}
