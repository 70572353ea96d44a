package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Petitions' documents are kept five years: past that, one user proposes, a second approves, a legal hold blocks. */
@ProbityIntegrationTest
class RetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officer;

	String leader;

	String otherLeader;

	@BeforeEach
	void aCommuneWithOldPapers() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		officer = user("OFFICER", province.communeA());
		leader = user("LEADER", province.communeA());
		otherLeader = user("LEADER", province.communeA());
	}

	@Test
	void anOldDocumentIsDisposedOfOnlyWhenASecondUserApproves() throws Exception {
		long old = document("2015-03-01");
		long recent = document("2025-03-01");
		String due = mvc.perform(as(officer, get("/api/v1/retention"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(due).contains("\"documentId\":" + old).doesNotContain("\"documentId\":" + recent);
		mvc.perform(as(officer, propose(recent))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("documentId"));
		long disposal = id(mvc.perform(as(leader, propose(old))).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		mvc.perform(as(officer, approve(disposal))).andExpect(status().isForbidden());
		mvc.perform(as(leader, approve(disposal))).andExpect(status().isConflict());
		mvc.perform(as(user("LEADER", province.communeB()), approve(disposal))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/api/v1/documents/" + old))).andExpect(status().isOk());
		mvc.perform(as(otherLeader, approve(disposal))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPOSED"));
		mvc.perform(asAdmin(get("/api/v1/documents/" + old))).andExpect(status().isNotFound());
	}

	@Test
	void aLegalHoldBlocksTheDisposalUntilReleased() throws Exception {
		long old = document("2014-06-01");
		long disposal = id(mvc.perform(as(officer, propose(old))).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		long hold = id(mvc.perform(as(leader, post("/api/v1/retention/holds").contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + old + ",\"reason\":\"Vụ án đang điều tra\"}"))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		mvc.perform(as(otherLeader, approve(disposal))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message").value("its record is under a legal hold"));
		mvc.perform(asAdmin(get("/api/v1/documents/" + old))).andExpect(status().isOk());
		mvc.perform(as(leader, post("/api/v1/retention/holds/" + hold + "/release"))).andExpect(status().isOk());
		mvc.perform(as(otherLeader, approve(disposal))).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/api/v1/documents/" + old))).andExpect(status().isNotFound());
	}

	long document(String issuedOn) throws Exception {
		long petition = id(mvc.perform(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"COMPLAINT","channel":"MAIL","receivedOn":"2025-05-02","receivedBy":"%s","anonymous":true,
					 "petitioners":[],"content":"Khiếu nại việc thu hồi đất %s"}""".formatted(province.communeA(), issuedOn))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		return id(mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", "don.txt", "text/plain",
					("Đơn khiếu nại " + issuedOn + " " + Api.unique("x")).getBytes(StandardCharsets.UTF_8)))
			.param("issuedOn", issuedOn)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static MockHttpServletRequestBuilder propose(long document) {
		return post("/api/v1/retention/disposals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + document + "}");
	}

	static MockHttpServletRequestBuilder approve(long disposal) {
		return post("/api/v1/retention/disposals/" + disposal + "/approve");
	}

	String user(String role, String unit) throws Exception {
		String name = Api.unique(role.toLowerCase());
		mvc.perform(createUser(name, role, unit)).andExpect(status().isCreated());
		return name;
	}

	static long id(String json) {
		return JsonMapper.builder().build().readTree(json).get("id").asLong();
	}
}
