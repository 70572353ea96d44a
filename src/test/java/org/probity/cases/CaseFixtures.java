package org.probity.cases;

import static org.probity.Api.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Corruption cases on the {@link Province} fixture, as API requests with intention-revealing names. */
final class CaseFixtures {

	private CaseFixtures() {
	}

	/** A land-management criminal case detected directly in a unit on a day. */
	static String landCase(String unitCode, String detectedOn) {
		return caseIn(unitCode, "CRIMINAL_CASE", "LAND", detectedOn);
	}

	static String caseIn(String unitCode, String kind, String field, String detectedOn) {
		return """
				{"kind":"%s","title":"Sai phạm trong giao đất tại %s","summary":"Giao đất trái thẩm quyền",
				 "unitCode":"%s","field":"%s","agencies":"Cơ quan CSĐT Công an tỉnh","detectedOn":"%s",
				 "origin":"DIRECT"}""".formatted(kind, unitCode, unitCode, field, detectedOn);
	}

	static MockHttpServletRequestBuilder open(String json) {
		return json(post("/api/v1/cases"), json);
	}

	static MockHttpServletRequestBuilder advance(long id, String stage, String enteredOn) {
		return json(post("/api/v1/cases/" + id + "/stages"),
				"{\"stage\":\"" + stage + "\",\"enteredOn\":\"" + enteredOn + "\",\"note\":\"Quyết định số 12\"}");
	}

	static MockHttpServletRequestBuilder defendant(long id, String fullName, String prosecutedOn) {
		String day = prosecutedOn == null ? "null" : "\"" + prosecutedOn + "\"";
		return json(post("/api/v1/cases/" + id + "/defendants"), """
				{"fullName":"%s","charges":"Lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ",
				 "custody":"TEMPORARY_DETENTION","prosecutedOn":%s}""".formatted(fullName, day));
	}

	static MockHttpServletRequestBuilder recovery(long id, String recoveredOn, String amount) {
		return json(post("/api/v1/cases/" + id + "/recoveries"), "{\"recoveredOn\":\"" + recoveredOn
				+ "\",\"amount\":" + amount + ",\"description\":\"Nộp lại tiền thu lợi bất chính\"}");
	}

	static MockHttpServletRequestBuilder placeUnderMonitoring(long id, String committee, String placedOn) {
		return json(post("/api/v1/cases/" + id + "/monitoring"), "{\"committeeCode\":\"" + committee
				+ "\",\"placedOn\":\"" + placedOn + "\",\"reason\":\"Vụ án nghiêm trọng, dư luận quan tâm\"}");
	}

	static MockHttpServletRequestBuilder removeFromMonitoring(long id, String removedOn) {
		return json(post("/api/v1/cases/" + id + "/monitoring/removal"),
				"{\"removedOn\":\"" + removedOn + "\",\"reason\":\"Đã xét xử xong\"}");
	}

	/** Opens a case as the administrator and answers its id. */
	static long opened(MockMvc mvc, String json) throws Exception {
		String body = mvc.perform(asAdmin(open(json))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.summary.id")).longValue();
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
