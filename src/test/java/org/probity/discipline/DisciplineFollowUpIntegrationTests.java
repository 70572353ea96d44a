package org.probity.discipline;

import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.discipline.DisciplineFixtures.HEADER;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What follows a decision: the administrative discipline of a civil servant, tracked to its decision, and disclosure. */
@ProbityIntegrationTest
class DisciplineFollowUpIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officerA;

	String onMember;

	String onCell;

	@BeforeEach
	void decisionsInCommuneA() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		onMember = province.code() + "-D1";
		onCell = province.code() + "-D2";
		mvc.perform(asAdmin(importCsv("discipline", HEADER
				+ row(onMember, "PERSON", province.personA(), "WARNING", province.code(), "2024-04-02")
				+ row(onCell, "UNIT", province.cellA(), "REPRIMAND", province.communeA(), "2024-05-06"))))
			.andExpect(status().isOk());
		officerA = Api.unique("clerk");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	ResultActions send(String user, String path, String json) throws Exception {
		return mvc.perform(as(user, MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON).content(json)));
	}

	@Test
	void administrativeDisciplineIsOverdueUntilTheAuthorityDecides() throws Exception {
		String id = send(officerA, "/api/v1/discipline/" + onMember + "/administrative",
				"{\"authority\":\"Ủy ban nhân dân xã An Bình\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueOn").value("2024-05-02"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.overdue").value(true))
			.andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
		String ahead = LocalDate.now().plusDays(20).toString();
		send(officerA, "/api/v1/discipline/" + onMember + "/administrative",
				"{\"authority\":\"Sở Nội vụ\",\"dueOn\":\"" + ahead + "\"}").andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(as(officerA, get("/api/v1/discipline/administrative").param("overdue", "true")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].decisionRef").value(onMember));

		String decided = "{\"reference\":\"%s\",\"decidedOn\":\"%s\",\"measure\":\"Cảnh cáo\"}";
		send(officerA, "/api/v1/discipline/administrative/" + id + "/decided", decided.formatted("", "2024-05-20"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"));
		send(officerA, "/api/v1/discipline/administrative/" + id + "/decided", decided.formatted("12/QĐ-UBND", "2024-03-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
		send(officerA, "/api/v1/discipline/administrative/" + id + "/decided", decided.formatted("12/QĐ-UBND", "2024-05-20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.overdue").value(false));
		send(officerA, "/api/v1/discipline/administrative/" + id + "/decided", decided.formatted("13/QĐ-UBND", "2024-05-21"))
			.andExpect(status().isConflict());
		mvc.perform(as(officerA, get("/api/v1/discipline/administrative").param("overdue", "true")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void onlyAMembersDecisionCallsForAdministrativeDiscipline() throws Exception {
		send(officerA, "/api/v1/discipline/" + onCell + "/administrative", "{\"authority\":\"UBND xã\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
		send(officerA, "/api/v1/discipline/" + onMember + "/administrative", "{\"authority\":\" \"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("authority"));
	}

	@Test
	void aDecisionIsDisclosedOnADateOrKeptBackForAReason() throws Exception {
		String path = "/api/v1/discipline/" + onMember + "/disclosure";
		send(officerA, path, "{\"disclosedOn\":\"2024-04-10\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disclosed"));
		send(officerA, path, "{\"disclosed\":false}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		send(officerA, path, "{\"disclosed\":true,\"disclosedOn\":\"2024-03-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disclosedOn"));
		send(officerA, path, "{\"disclosed\":true,\"disclosedOn\":\"2024-04-10\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.disclosure.state").value("DISCLOSED"))
			.andExpect(jsonPath("$.disclosure.disclosedOn").value("2024-04-10"));
		send(officerA, "/api/v1/discipline/" + onCell + "/disclosure",
				"{\"disclosed\":false,\"reason\":\"Liên quan bí mật nhà nước\"}").andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/discipline/" + onCell)))
			.andExpect(jsonPath("$.disclosure.state").value("NOT_FOR_DISCLOSURE"))
			.andExpect(jsonPath("$.disclosure.note").value("Liên quan bí mật nhà nước"));
	}

	@Test
	void anotherCommunesOfficerCannotFollowUpTheseDecisions() throws Exception {
		String officerB = Api.unique("clerk-b");
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		send(officerB, "/api/v1/discipline/" + onMember + "/administrative", "{\"authority\":\"UBND\"}")
			.andExpect(status().isNotFound());
		send(officerB, "/api/v1/discipline/" + onMember + "/disclosure", "{\"disclosed\":true,\"disclosedOn\":\"2024-04-10\"}")
			.andExpect(status().isNotFound());
		send(officerA, "/api/v1/discipline/" + onMember + "/administrative", "{\"authority\":\"UBND\"}")
			.andExpect(status().isCreated());
		mvc.perform(as(officerB, get("/api/v1/discipline/administrative"))).andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void theDecisionPageShowsDisclosureAndTheOverdueFollowUp() throws Exception {
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(MockMvcRequestBuilders.post("/discipline/" + onMember + "/administrative").cookie(page)
			.with(csrf())
			.param("authority", "Ủy ban nhân dân xã An Bình")).andExpect(status().isFound());
		mvc.perform(MockMvcRequestBuilders.post("/discipline/" + onMember + "/disclosure").cookie(page)
			.with(csrf())
			.param("disclosed", "false").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("why the decision is not for disclosure")));
		mvc.perform(get("/discipline/" + onMember).cookie(page).param("lang", "vi"))
			.andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")))
			.andExpect(content().string(containsString("Quá hạn")))
			.andExpect(content().string(containsString("Chưa quyết định việc công khai")));
		mvc.perform(get("/discipline/administrative").cookie(page).param("lang", "en"))
			.andExpect(content().string(containsString(onMember)))
			.andExpect(content().string(containsString("class=\"overdue\"")));
	}
}
