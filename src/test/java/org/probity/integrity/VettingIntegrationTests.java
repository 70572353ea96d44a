package org.probity.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.integrity.IntegrityFixtures.json;
import static org.probity.integrity.IntegrityFixtures.signalKeys;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Vetting a person for admission or a post: the profile on the day kept with the request, the outcome recorded. */
@ProbityIntegrationTest
class VettingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Province province;

	String leader;

	String decision;

	@BeforeEach
	void aPersonWithDisciplineAndOneWithout() throws Exception {
		province = IntegrityFixtures.province(mvc);
		leader = IntegrityFixtures.user(mvc, "LEADER", province.communeA());
		decision = Api.unique("D");
		IntegrityFixtures.discipline(mvc, decision, province.personA(), province.communeA(), "2025-01-10");
	}

	@Test
	void aPersonWithDisciplineProposedForAPostIsAConcernWithTheProfileOfThatDayKept() throws Exception {
		long id = created(as(leader, request(province.personA(), "POST", "Phó Chủ tịch UBND xã", "2025-06-01")));

		mvc.perform(as(leader, get("/api/v1/vetting-requests/" + id)))
			.andExpect(jsonPath("$.concerns").value(1))
			.andExpect(jsonPath("$.requestedBy").value(province.communeA()))
			.andExpect(jsonPath("$.snapshot.asOf").value("2025-06-01"))
			.andExpect(jsonPath("$.snapshot.discipline[0].ref").value(decision))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		assertThat(signalKeys(mvc, jdbc, "VETTING_CONCERN", province.communeA())).containsExactly("person:" + province.personA());
		mvc.perform(asAdmin(get("/api/v1/signals").param("kind", "VETTING_CONCERN").param("unit", province.communeA())))
			.andExpect(jsonPath("$.content[0].evidence[*].ref").value(org.hamcrest.Matchers.hasItems(String.valueOf(id),
					decision)));
	}

	@Test
	void aCleanPersonOrOneVettedBeforeTheirDisciplineRaisesNoSignal() throws Exception {
		created(as(leader, request(province.personA(), "ADMISSION", null, "2024-12-31")));
		created(asAdmin(json(post("/api/v1/vetting-requests"),
				request(province.personB(), "POST", "Cán bộ địa chính", "2025-06-01", province.communeB()))));

		assertThat(signalKeys(mvc, jdbc, "VETTING_CONCERN", province.code())).isEmpty();
	}

	@Test
	void theOutcomeIsRecordedOnceWithReasonsAndCounted() throws Exception {
		long id = created(as(leader, request(province.personA(), "POST", "Bí thư chi bộ", "2025-06-01")));
		mvc.perform(as(leader, json(post("/api/v1/vetting-requests/" + id + "/decision"),
				"{\"outcome\":\"NOT_CLEARED\",\"reasons\":\"Bị kỷ luật cảnh cáo năm 2025\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NOT_CLEARED"))
			.andExpect(jsonPath("$.decidedBy").value(leader));
		mvc.perform(as(leader, json(post("/api/v1/vetting-requests/" + id + "/decision"),
				"{\"outcome\":\"CLEARED\",\"reasons\":\"Xem lại\"}"))).andExpect(status().isConflict());
		// the person is of commune B; the administrator files the request for commune A
		created(asAdmin(json(post("/api/v1/vetting-requests"),
				request(province.personB(), "ADMISSION", null, "2025-06-02", province.communeA()))));

		mvc.perform(as(leader, get("/api/v1/vetting-requests/counts").param("unit", province.communeA())
				.param("from", "2025-01-01").param("to", "2025-12-31")))
			.andExpect(jsonPath("$.requested").value(2))
			.andExpect(jsonPath("$.notCleared").value(1))
			.andExpect(jsonPath("$.pending").value(1))
			.andExpect(jsonPath("$.withConcerns").value(1));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndOtherRolesAreRefused() throws Exception {
		expectField(as(leader, json(post("/api/v1/vetting-requests"), "{\"personCode\":\"" + province.personA() + "\"}")),
				"purpose");
		expectField(as(leader, request(province.personA(), "POST", null, "2025-06-01")), "postName");
		expectField(as(leader, request(province.personA(), "ADMISSION", null, "2999-01-01")), "requestedOn");
		expectField(as(leader, request("NO-SUCH-PERSON", "ADMISSION", null, "2025-06-01")), "personCode");
		String officer = IntegrityFixtures.user(mvc, "OFFICER", province.communeA());
		mvc.perform(as(officer, request(province.personA(), "ADMISSION", null, "2025-06-01"))).andExpect(status().isForbidden());
		mvc.perform(as(officer, get("/api/v1/vetting-requests"))).andExpect(status().isForbidden());
		String outsider = IntegrityFixtures.user(mvc, "LEADER", province.communeB());
		long id = created(as(leader, request(province.personA(), "ADMISSION", null, "2025-06-01")));
		mvc.perform(as(outsider, get("/api/v1/vetting-requests/" + id))).andExpect(status().isNotFound());
	}

	private void expectField(MockHttpServletRequestBuilder request, String field) throws Exception {
		mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private MockHttpServletRequestBuilder request(String person, String purpose, String post, String on) {
		return json(post("/api/v1/vetting-requests"), request(person, purpose, post, on, null));
	}

	private static String request(String person, String purpose, String post, String on, String by) {
		return "{\"personCode\":\"%s\",\"purpose\":\"%s\",\"postName\":%s,\"requestedOn\":\"%s\",\"requestedBy\":%s}"
			.formatted(person, purpose, post == null ? "null" : "\"" + post + "\"", on, by == null ? "null" : "\"" + by + "\"");
	}

	private long created(MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
	}
}
