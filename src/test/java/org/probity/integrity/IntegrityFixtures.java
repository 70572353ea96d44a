package org.probity.integrity;

import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.probity.Api;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Records on the {@link Province} fixture that signals, profiles and vetting read, as API calls. */
final class IntegrityFixtures {

	static final String PETITIONER = "Đỗ Thị Hạnh";

	private IntegrityFixtures() {
	}

	static Province province(MockMvc mvc) throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		return province;
	}

	/** A user of the role in the unit; answers the username (password {@link Api#PASSWORD}). */
	static String user(MockMvc mvc, String role, String unitCode) throws Exception {
		String name = Api.unique(role.toLowerCase());
		mvc.perform(Api.createUser(name, role, unitCode)).andExpect(status().isCreated());
		return name;
	}

	/** A denunciation about an official of a unit, by a named citizen; answers its id. */
	static long denunciation(MockMvc mvc, String subject, String unitCode, String channel, String receivedOn)
			throws Exception {
		return petition(mvc, "DENUNCIATION", subject, unitCode, channel, receivedOn,
				"Ông " + subject + " nhận tiền của dân khi làm thủ tục, số tiền " + Api.unique("") + " triệu đồng");
	}

	static long petition(MockMvc mvc, String kind, String subject, String unitCode, String channel,
			String receivedOn, String content) throws Exception {
		return created(mvc, json(post("/api/v1/petitions"), """
				{"kind":"%s","channel":"%s","receivedOn":"%s","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"%s","idNumber":"038190000222","phone":"0988000222"}],
				 "subjectName":%s,"subjectUnitCode":"%s","content":"%s"}"""
			.formatted(kind, channel, receivedOn, unitCode, PETITIONER, subject == null ? "null" : "\"" + subject + "\"",
					unitCode, content)));
	}

	static void classify(MockMvc mvc, long petition, String topic) throws Exception {
		mvc.perform(asAdmin(json(post("/api/v1/petitions/" + petition + "/classify"),
				"{\"topic\":\"" + topic + "\",\"complexity\":\"ORDINARY\"}"))).andExpect(status().isOk());
	}

	/** Accepted, verified and concluded with the outcome by the administrator. */
	static void concluded(MockMvc mvc, long petition, String outcome) throws Exception {
		classify(mvc, petition, "CORRUPTION_BRIBERY");
		mvc.perform(asAdmin(json(post("/api/v1/petitions/" + petition + "/accept"), "{}"))).andExpect(status().isOk());
		mvc.perform(asAdmin(json(post("/api/v1/petitions/" + petition + "/verify"), "{}"))).andExpect(status().isOk());
		mvc.perform(asAdmin(json(post("/api/v1/petitions/" + petition + "/conclude"),
				"{\"outcome\":\"" + outcome + "\",\"violation\":false,\"summary\":\"Kết luận xác minh\"}")))
			.andExpect(status().isOk());
	}

	/** An open activity on one target, imported; conclude it with {@link #concludeWithViolation}. */
	static void activity(MockMvc mvc, String ref, String conductedBy, String targetKind, String targetCode,
			String startedOn) throws Exception {
		mvc.perform(asAdmin(importCsv("oversight", "ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n" + ref + ",INSPECTION,INSPECTION_COMMISSION," + conductedBy
				+ ",THEMATIC," + targetKind + "," + targetCode + "," + startedOn + ",,\n"))).andExpect(status().isOk());
	}

	static void concludeWithViolation(MockMvc mvc, String ref, String targetKind, String targetCode,
			String concludedOn) throws Exception {
		mvc.perform(asAdmin(json(post("/api/v1/oversight/activities/" + ref + "/conclude"), """
				{"concludedOn":"%s","findings":"Vi phạm quy định quản lý đất đai",
				 "outcomes":[{"kind":"%s","code":"%s","outcome":"VIOLATION"}]}"""
			.formatted(concludedOn, targetKind, targetCode)))).andExpect(status().isOk());
	}

	static void discipline(MockMvc mvc, String ref, String personCode, String decidedBy, String decidedOn)
			throws Exception {
		mvc.perform(asAdmin(importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ ref + ",PERSON," + personCode + ",WARNING," + decidedBy + "," + decidedOn + ",Vi phạm quy định\n")))
			.andExpect(status().isOk());
	}

	/**
	 * Waits until the watchers have handled every event published so far: they listen after the commit, on
	 * another thread, so what a request set off may still be under way when it answers.
	 */
	static void settled(JdbcTemplate jdbc) throws InterruptedException {
		for (int polls = 0; polls < 200; polls++) {
			if (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
					Long.class) == 0) {
				return;
			}
			Thread.sleep(50);
		}
	}

	/** Signals of a kind in a unit's subtree, once the watchers settled, as the administrator reads them. */
	static List<String> signalKeys(MockMvc mvc, JdbcTemplate jdbc, String kind, String unitCode) throws Exception {
		settled(jdbc);
		String body = mvc.perform(asAdmin(get("/api/v1/signals").param("kind", kind).param("unit", unitCode)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.content[*].subjectKey");
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static long created(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(asAdmin(request)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}
}
