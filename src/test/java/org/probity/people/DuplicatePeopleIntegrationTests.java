package org.probity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The same person entered twice, once without diacritics, is listed as a probable duplicate and merged. */
@ProbityIntegrationTest
class DuplicatePeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aDuplicateWithoutDiacriticsIsListedAndMergedWithItsReferencesRepointed() throws Exception {
		Province p = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", p.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", p.peopleCsv() + p.code() + "-P3,Tran Quoc Cuong,1970-05-01," + p.communeA()
				+ ",Can bo,true\n" + p.code() + "-P4,Trần Quốc Cường,1971-05-01," + p.communeA() + ",Cán bộ,true\n")))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ p.code() + "-D9,PERSON," + p.code() + "-P3,WARNING," + p.code() + ",2025-09-01,Vi phạm\n")))
			.andExpect(status().isOk());
		String leader = Api.unique("leader");
		mvc.perform(createUser(leader, "LEADER", p.communeA())).andExpect(status().isCreated());
		String outsider = Api.unique("leader");
		mvc.perform(createUser(outsider, "LEADER", p.communeB())).andExpect(status().isCreated());
		String groups = mvc.perform(as(leader, get("/api/v1/people/duplicates"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(groups).contains(p.personA()).contains(p.code() + "-P3").doesNotContain(p.code() + "-P4");
		assertThat(mvc.perform(as(outsider, get("/api/v1/people/duplicates"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(p.code() + "-P3");
		mvc.perform(as(leader, merge(p.personA(), p.code() + "-P4"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("merge"));
		mvc.perform(as(leader, merge(p.personA(), p.personA()))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("merge"));
		mvc.perform(as(outsider, merge(p.personA(), p.code() + "-P3"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keep"));
		mvc.perform(as(leader, merge(p.personA(), p.code() + "-P3"))).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/api/v1/people/" + p.code() + "-P3"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/api/v1/discipline/" + p.code() + "-D9")))
			.andExpect(jsonPath("$..targetCode").value(org.hamcrest.Matchers.hasItem(p.personA())));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MERGE' and subject_type = 'person' "
				+ "and subject_id = ?", Long.class, p.personA())).isEqualTo(1);
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder merge(String keep, String merge) {
		return post("/api/v1/people/merges").contentType(MediaType.APPLICATION_JSON)
			.content("{\"keep\":\"" + keep + "\",\"merge\":\"" + merge + "\"}");
	}
}
