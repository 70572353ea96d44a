package org.probity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ProbityIntegrationTest
class AuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Test
	void everyWriteIsChainedAndTamperingIsDetected() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(Api.importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String auditor = Api.unique("auditor");
		mvc.perform(createUser(auditor, "AUDITOR", province.code())).andExpect(status().isCreated());

		Long importSeq = jdbc.queryForObject(
				"select max(seq) from audit_log where action = 'IMPORT' and subject_id = 'units' and actor = 'admin'",
				Long.class);
		Long userSeq = jdbc.queryForObject("select seq from audit_log where subject_type = 'user' and subject_id = ?",
				Long.class, auditor);
		assertThat(userSeq).isGreaterThan(importSeq);
		mvc.perform(as(auditor, get("/api/v1/audit/verify"))).andExpect(jsonPath("$.intact").value(true));

		String original = jdbc.queryForObject("select detail from audit_log where seq = ?", String.class, importSeq);
		try {
			jdbc.update("update audit_log set detail = '0 rows' where seq = ?", importSeq);
			mvc.perform(as(auditor, get("/api/v1/audit/verify")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(importSeq));
		}
		finally {
			jdbc.update("update audit_log set detail = ? where seq = ?", original, importSeq);
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void onlyAuditorsAndAdminsReadTheLog() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(Api.importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String officer = Api.unique("officer");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(as(officer, get("/api/v1/audit/verify"))).andExpect(status().isForbidden());
		mvc.perform(asAdmin(get("/api/v1/audit"))).andExpect(status().isOk());
	}
}
