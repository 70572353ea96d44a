package org.probity.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

@ProbityIntegrationTest
class PetitionAttachmentsIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	Province province;

	String officerA;

	String officerB;

	long petition;

	@BeforeEach
	void petitionInCommuneA() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		officerA = Api.unique("officer-a");
		officerB = Api.unique("officer-b");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		String json = mvc.perform(as(officerA, post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content(PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-05-02"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		petition = PetitionsIntegrationTests.JSON.readTree(json).get("id").asLong();
	}

	long upload(String user, String name, byte[] bytes) throws Exception {
		String json = mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", name, "application/pdf", bytes)).param("number", "894-QĐNS/TW")
			.with(httpBasic(user, Api.PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return PetitionsIntegrationTests.JSON.readTree(json).get("id").asLong();
	}

	@Test
	void aScanIsStoredByContentAndReadBackOnlyWithinTheJurisdiction() throws Exception {
		long document = upload(officerA, "../../etc/passwd.pdf", PDF);
		mvc.perform(as(officerA, get("/api/v1/petitions/" + petition)))
			.andExpect(jsonPath("$.documents[0].fileName").value("passwd.pdf"))
			.andExpect(jsonPath("$.documents[0].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.documents[0].facts.number").value("894-QĐNS/TW"));
		byte[] read = mvc.perform(as(officerA, get("/api/v1/documents/" + document)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(read).isEqualTo(PDF);
		mvc.perform(as(officerB, get("/api/v1/documents/" + document))).andExpect(status().isNotFound());
	}

	@Test
	void aProgramDressedAsAPdfIsRefused() throws Exception {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", program)).with(httpBasic(officerA, Api.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail", containsString("PDF")));
		mvc.perform(as(officerA, get("/api/v1/petitions/" + petition))).andExpect(jsonPath("$.documents.length()").value(0));
	}

	@Test
	void documentsFollowTheirPetitionWhenItIsTransferred() throws Exception {
		long document = upload(officerA, "don-thu.pdf", PDF);
		mvc.perform(as(officerA, post("/api/v1/petitions/" + petition + "/transfer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\":\"" + province.communeB() + "\",\"note\":\"Chuyển theo thẩm quyền\"}")))
			.andExpect(status().isOk());
		mvc.perform(as(officerB, get("/api/v1/documents/" + document))).andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		mvc.perform(as(officerA, get("/api/v1/documents/" + document))).andExpect(status().isNotFound());
	}
}
