package org.probity.search;

import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.probity.Api;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records the search tests look for, in a fresh {@link Province}: three petitions (two in commune A, one in B),
 * a discipline decision and an oversight activity on the member of A, an officer in each commune. Every record
 * carries {@link #marker}, a made-up word, so the tests see only their own records.
 */
final class SearchWorld {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A petitioner's name: a reporter's identity, which must never be found. */
	static final String REPORTER = "Quách Thị Vyxtrelo";

	final Province province = Province.fresh();

	final String marker = word("zebrin");

	final String officerA = Api.unique("search-a");

	final String officerB = Api.unique("search-b");

	String landInA;

	String schoolInA;

	String landInB;

	private final MockMvc mvc;

	/**
	 * A made-up word no other test uses, even give or take a typo: numbered words (zebrin41, zebrin42) would find
	 * each other's records through typo tolerance once both are in one index.
	 */
	static String word(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
		return word.toString();
	}

	SearchWorld(MockMvc mvc) {
		this.mvc = mvc;
	}

	SearchWorld build() throws Exception {
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		landInA = petition(province.communeA(), "2025-03-10", "Phản ánh dấu hiệu tham nhũng đất đai tại thôn Đông, " + marker);
		schoolInA = petition(province.communeA(), "2024-06-01",
				"<script>alert('x')</script> Lãng phí ngân sách khi xây trường học " + marker);
		landInB = petition(province.communeB(), "2025-05-05", "Tham nhũng đất đai ở xã bên cạnh " + marker);
		mvc.perform(asAdmin(importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ String.join(",", province.code() + "-D1", "PERSON", province.personA(), "WARNING", province.code(),
						"2025-02-01", "Buông lỏng quản lý đất đai " + marker) + "\n")))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", "ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n" + String.join(",", marker + "-OV1", "INSPECTION", "COMMITTEE",
						province.communeA(), "REGULAR", "PERSON", province.personA(), "2025-01-15", "", "") + "\n")))
			.andExpect(status().isOk());
		return this;
	}

	/** A petition registered through the API by the admin; answers its id. */
	String petition(String unit, String receivedOn, String content) throws Exception {
		String body = """
				{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"%s","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"%s","idNumber":"001099012345","phone":"0912345678","address":"Thôn 3"}],
				 "subjectName":"Phạm Văn Toàn","subjectUnitCode":null,"content":"%s"}"""
			.formatted(receivedOn, unit, REPORTER, content.replace("\"", "\\\""));
		String json = mvc.perform(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(json).get("id").asString();
	}
}
