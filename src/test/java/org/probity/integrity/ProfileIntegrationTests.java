package org.probity.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.integrity.IntegrityFixtures.activity;
import static org.probity.integrity.IntegrityFixtures.json;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** One page per person with every record about them, for leaders, auditors and administrators; each view audited. */
@ProbityIntegrationTest
class ProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Province province;

	String decision;

	String inspection;

	long petition;

	@BeforeEach
	void aPersonWithARecord() throws Exception {
		province = IntegrityFixtures.province(mvc);
		decision = Api.unique("D");
		inspection = Api.unique("K");
		IntegrityFixtures.discipline(mvc, decision, province.personA(), province.communeA(), "2025-01-10");
		activity(mvc, inspection, province.communeA(), "PERSON", province.personA(), "2025-03-02");
		// the subject is recorded against the commune above the person's party cell
		petition = IntegrityFixtures.denunciation(mvc, "Trần Quốc Cường", province.communeA(), "MAIL", "2025-04-01");
		IntegrityFixtures.concluded(mvc, petition, "FOUNDED");
		IntegrityFixtures.denunciation(mvc, "Trần Quốc Cường", province.communeB(), "MAIL", "2025-04-02");
		String body = mvc.perform(asAdmin(json(post("/api/v1/cases"), """
				{"kind":"CRIMINAL_CASE","title":"Nhận hối lộ","unitCode":"%s","field":"LAND",
				 "detectedOn":"2025-05-01","origin":"DIRECT"}""".formatted(province.communeA()))))
			.andReturn().getResponse().getContentAsString();
		long caseId = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.summary.id")).longValue();
		mvc.perform(asAdmin(json(post("/api/v1/cases/" + caseId + "/defendants"), """
				{"personCode":"%s","fullName":"Trần Quốc Cường","charges":"Nhận hối lộ","custody":"BAIL"}"""
			.formatted(province.personA())))).andExpect(status().isCreated());
	}

	@Test
	void theProfileGathersEveryRecordAboutThePersonButNeverWhoReportedThem() throws Exception {
		String leader = IntegrityFixtures.user(mvc, "LEADER", province.communeA());
		String body = mvc.perform(as(leader, get("/api/v1/people/" + province.personA() + "/profile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.code").value(province.personA()))
			.andExpect(jsonPath("$.discipline[0].ref").value(decision))
			.andExpect(jsonPath("$.activities[0].activity.ref").value(inspection))
			.andExpect(jsonPath("$.petitions.length()").value(1))
			.andExpect(jsonPath("$.petitions[0].id").value(petition))
			.andExpect(jsonPath("$.petitions[0].outcome").value("FOUNDED"))
			.andExpect(jsonPath("$.cases[0].defendant.personCode").value(province.personA()))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(IntegrityFixtures.PETITIONER).doesNotContain("038190000222");
	}

	@Test
	void everyViewIsWrittenToTheAuditLog() throws Exception {
		String auditor = IntegrityFixtures.user(mvc, "AUDITOR", province.communeA());
		long before = views();
		mvc.perform(as(auditor, get("/api/v1/people/" + province.personA() + "/profile"))).andExpect(status().isOk());
		mvc.perform(get("/people/" + province.personA() + "/profile").cookie(Api.signIn(mvc, auditor, Api.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(views()).isEqualTo(before + 2);
		assertThat(jdbc.queryForObject("select actor from audit_log where subject_type = 'profile' and subject_id = ? "
				+ "order by seq desc limit 1", String.class, province.personA())).isEqualTo(auditor);
	}

	@Test
	void officersReceptionistsAndOtherCommunesAreRefused() throws Exception {
		long before = views();
		for (String role : new String[] { "OFFICER", "RECEPTIONIST" }) {
			String user = IntegrityFixtures.user(mvc, role, province.communeA());
			mvc.perform(as(user, get("/api/v1/people/" + province.personA() + "/profile"))).andExpect(status().isForbidden());
			mvc.perform(get("/people/" + province.personA() + "/profile").cookie(Api.signIn(mvc, user, Api.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		String outsider = IntegrityFixtures.user(mvc, "LEADER", province.communeB());
		mvc.perform(as(outsider, get("/api/v1/people/" + province.personA() + "/profile"))).andExpect(status().isNotFound());
		assertThat(views()).isEqualTo(before);
	}

	private long views() {
		return jdbc.queryForObject("select count(*) from audit_log where action = 'VIEW' and subject_type = 'profile' "
				+ "and subject_id = ?", Long.class, province.personA());
	}
}
