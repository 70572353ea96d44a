package org.probity.oversight;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.oversight.ProgrammeIntegrationTests.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A conclusion's remedial actions are followed up to done; late ones show as overdue until then. */
@ProbityIntegrationTest
class RemedialActionIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officerA;

	String ref;

	@BeforeEach
	void concludedInspectionOfCellA() throws Exception {
		province = Province.fresh();
		ref = province.code() + "-K1";
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.openInspectionOfCellA(province))))
			.andExpect(status().isOk());
		officerA = Api.unique("follower");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	void conclude() throws Exception {
		String concluded = OversightFixtures.openInspectionOfCellA(province).replace("2025-03-02,,", "2025-03-02,2025-05-05,VIOLATION");
		mvc.perform(asAdmin(importCsv("oversight", concluded))).andExpect(status().isOk());
	}

	ResultActions recommend(String owner, String dueOn) throws Exception {
		return mvc.perform(as(officerA, json(post("/api/v1/oversight/activities/" + ref + "/remedial-actions"), """
				{"action":"Thu hồi đất giao sai thẩm quyền","ownerKind":"UNIT","ownerCode":"%s","dueOn":"%s"}"""
			.formatted(owner, dueOn))));
	}

	ResultActions done(String id, String doneOn) throws Exception {
		return mvc.perform(as(officerA, json(post("/api/v1/oversight/remedial-actions/" + id + "/done"),
				"{\"doneOn\":\"" + doneOn + "\",\"note\":\"Đã thu hồi\"}")));
	}

	@Test
	void recommendationsFollowAConclusionAndAreChecked() throws Exception {
		recommend(province.cellA(), "2025-08-01").andExpect(status().isConflict());
		conclude();
		recommend(province.cellA(), "2025-05-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		recommend("NO-SUCH-UNIT", "2025-08-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerCode"));
		mvc.perform(as(officerA, json(post("/api/v1/oversight/activities/" + ref + "/remedial-actions"),
				"{\"action\":\"x\",\"ownerKind\":\"HAMLET\",\"ownerCode\":\"x\",\"dueOn\":\"2025-08-01\"}")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLateActionIsOverdueUntilDone() throws Exception {
		conclude();
		String late = recommend(province.cellA(), "2025-08-01").andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue").value(true))
			.andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
		String ahead = LocalDate.now().plusMonths(2).toString();
		recommend(province.cellA(), ahead).andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(as(officerA, get("/api/v1/oversight/remedial-actions").param("overdue", "true")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].activityRef").value(ref));
		mvc.perform(as(officerA, get("/api/v1/oversight/remedial-actions"))).andExpect(jsonPath("$.page.totalElements").value(2));

		done(late, "2025-04-01").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("doneOn"));
		done(late, "2025-09-15").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.doneNote").value("Đã thu hồi"));
		done(late, "2025-09-16").andExpect(status().isConflict());
		mvc.perform(as(officerA, get("/api/v1/oversight/remedial-actions").param("overdue", "true")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(as(officerA, get("/api/v1/oversight/activities/" + ref + "/follow-up")))
			.andExpect(jsonPath("$.actions.length()").value(2))
			.andExpect(jsonPath("$.actions[0].status").value("DONE"));
	}

	@Test
	void aReferralToAnInvestigationAgencyIsRecordedOnce() throws Exception {
		conclude();
		String referral = "{\"referredOn\":\"%s\",\"agency\":\"Cơ quan CSĐT Công an tỉnh\",\"note\":\"Dấu hiệu tội phạm\"}";
		mvc.perform(as(officerA, json(post("/api/v1/oversight/activities/" + ref + "/referrals"),
				referral.formatted(LocalDate.now().plusDays(2))))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("referredOn"));
		mvc.perform(as(officerA, json(post("/api/v1/oversight/activities/" + ref + "/referrals"),
				referral.formatted("2025-05-20")))).andExpect(status().isCreated());
		mvc.perform(as(officerA, get("/api/v1/oversight/activities/" + ref + "/follow-up")))
			.andExpect(jsonPath("$.referrals[0].agency").value("Cơ quan CSĐT Công an tỉnh"));
	}

	@Test
	void anotherCommuneNeitherSeesNorFollowsUp() throws Exception {
		conclude();
		String id = recommend(province.cellA(), "2025-08-01").andReturn().getResponse().getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");
		String officerB = Api.unique("follower-b");
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		mvc.perform(as(officerB, get("/api/v1/oversight/activities/" + ref + "/follow-up"))).andExpect(status().isNotFound());
		mvc.perform(as(officerB, get("/api/v1/oversight/remedial-actions")))
			.andExpect(jsonPath("$.content[*].activityRef", not(hasItem(ref))));
		mvc.perform(as(officerB, json(post("/api/v1/oversight/remedial-actions/" + id + "/done"),
				"{\"doneOn\":\"2025-09-15\"}"))).andExpect(status().isNotFound());
	}

	@Test
	void thePagesHighlightOverdueActions() throws Exception {
		conclude();
		recommend(province.cellA(), "2025-08-01").andExpect(status().isCreated());
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/oversight/remedial-actions").cookie(page).param("lang", "en"))
			.andExpect(content().string(containsString("class=\"overdue\"")))
			.andExpect(content().string(containsString("Thu hồi đất giao sai thẩm quyền")));
		mvc.perform(get("/oversight/" + ref + "/follow-up").cookie(page).param("lang", "vi"))
			.andExpect(content().string(containsString("Quá hạn")))
			.andExpect(content().string(containsString("Chuyển cơ quan điều tra")));
	}
}
