package org.probity.records;

import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.probity.Api;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A fresh province with an officer in each commune, and a petition of commune A to attach documents to. */
final class DocumentFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Province province = Province.fresh();

	final String officerA = Api.unique("docs-a");

	final String officerB = Api.unique("docs-b");

	/** A made-up word no other test uses; documents carry it in their number so searches see only their own. */
	final String marker = word("qorvex");

	final MockMvc mvc;

	String petitionA;

	String referenceA;

	DocumentFixtures(MockMvc mvc) throws Exception {
		this.mvc = mvc;
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		JsonNode petition = read(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"2025-03-10","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"Lê Văn Tám","idNumber":"001099012345","phone":"0912345678"}],
				 "subjectName":"Phạm Văn Toàn","content":"Phản ánh về việc giao đất"}""".formatted(province.communeA()))));
		petitionA = petition.get("id").asString();
		referenceA = petition.get("reference").asString();
	}

	static String word(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
		return word.toString();
	}

	/** Attaches the file to commune A's petition with the marker as its number; answers the document's id. */
	long attach(String fileName, String type, byte[] content) throws Exception {
		return read(multipart("/api/v1/petitions/" + petitionA + "/attachments")
			.file(new MockMultipartFile("file", fileName, type, content))
			.param("number", "KL-" + marker)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(officerA, Api.PASSWORD))).get("id").asLong();
	}

	/** The document's text state once reading has finished (the reading runs in the background). */
	JsonNode readText(long id) throws Exception {
		for (int polls = 0; polls < 1200; polls++) {
			JsonNode text = read(as(officerA, get("/api/v1/documents/" + id + "/text")));
			if (!List.of("PENDING", "RUNNING").contains(text.get("state").asString())) {
				return text;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The text of document " + id + " was not read in two minutes");
	}

	/**
	 * The ids of the documents found by the query, as the user. The index is written just after the text's
	 * transaction commits, so an empty answer is asked again for a few seconds before it is believed.
	 */
	List<Long> documentsFound(String user, String q) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int tries = 0; tries < 30 && ids.isEmpty(); tries++) {
			if (tries > 0) {
				Thread.sleep(100);
			}
			JsonNode found = read(as(user, get("/api/v1/search").param("q", q).param("type", "documents")));
			found.get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
		}
		return ids;
	}

	JsonNode read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String json = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return JSON.readTree(json);
	}
}
