package org.probity.steering;

import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Steering records on the {@link Province} fixture, as API calls; ids come back from {@link #created}. */
final class SteeringFixtures {

	private SteeringFixtures() {
	}

	/** The province with its people, and three more party cells in commune A (four in all) to rank. */
	static Province province(MockMvc mvc) throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		StringBuilder cells = new StringBuilder("code,name,kind,parent_code,valid_from,valid_to\n");
		for (int cell = 2; cell <= 4; cell++) {
			cells.append(cellOfA(province, cell)).append(",Chi bộ thôn ").append(cell).append(",PARTY_CELL,")
				.append(province.communeA()).append(",,\n");
		}
		mvc.perform(asAdmin(importCsv("units", cells.toString()))).andExpect(status().isOk());
		return province;
	}

	static String cellOfA(Province province, int cell) {
		return cell == 1 ? province.cellA() : province.communeA() + "-C" + cell;
	}

	/** A committee with a chair from the people register and two members named only. */
	static MockHttpServletRequestBuilder committeeOf(Province province, String unitCode) {
		return json("/api/v1/committees", """
				{"unitCode":"%s","name":"Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực %s",
				 "members":[{"personCode":"%s","role":"CHAIR"},
				            {"fullName":"Lê Văn Phó","role":"DEPUTY","servedFrom":"2020-01-01"},
				            {"fullName":"Phạm Thị Thư","role":"SECRETARY"}]}"""
			.formatted(unitCode, unitCode, province.personA()));
	}

	static MockHttpServletRequestBuilder meeting(long committeeId, String kind, String heldOn) {
		return json("/api/v1/meetings", """
				{"committeeId":%d,"kind":"%s","heldOn":"%s","agenda":["Tình hình vụ án trọng điểm"],
				 "present":[],"conclusions":["Đẩy nhanh tiến độ điều tra"]}""".formatted(committeeId, kind, heldOn));
	}

	static MockHttpServletRequestBuilder direction(long committeeId, String unitCode, String issuedOn, String dueOn,
			String caseRef) {
		return json("/api/v1/directions", """
				{"committeeId":%d,"assigneeKind":"UNIT","assigneeCode":"%s","content":"Khẩn trương xác minh, báo cáo",
				 "issuedOn":"%s","dueOn":"%s","caseRef":%s}"""
			.formatted(committeeId, unitCode, issuedOn, dueOn, caseRef == null ? "null" : "\"" + caseRef + "\""));
	}

	static MockHttpServletRequestBuilder task(long committeeId, String unitCode, String assignedOn, String deadline) {
		return json("/api/v1/tasks", """
				{"committeeId":%d,"title":"Rà soát hồ sơ đất đai","ownerKind":"UNIT","ownerCode":"%s",
				 "assignedOn":"%s","deadline":"%s"}""".formatted(committeeId, unitCode, assignedOn, deadline));
	}

	static MockHttpServletRequestBuilder taskOfGroup(long groupId, String unitCode, String assignedOn,
			String deadline) {
		return json("/api/v1/tasks", """
				{"groupId":%d,"title":"Nhiệm vụ trọng tâm","ownerKind":"UNIT","ownerCode":"%s",
				 "assignedOn":"%s","deadline":"%s"}""".formatted(groupId, unitCode, assignedOn, deadline));
	}

	static MockHttpServletRequestBuilder taskDone(long taskId, String doneOn) {
		return json("/api/v1/tasks/" + taskId + "/done", "{\"doneOn\":\"" + doneOn + "\",\"note\":\"Đã hoàn thành\"}");
	}

	static MockHttpServletRequestBuilder directionDone(long directionId, String doneOn) {
		return json("/api/v1/directions/" + directionId + "/done",
				"{\"doneOn\":\"" + doneOn + "\",\"report\":\"Đã báo cáo kết quả\"}");
	}

	static MockHttpServletRequestBuilder json(String url, String body) {
		return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** Performs the call as the administrator, expects 201 and answers the new record's id. */
	static long created(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(asAdmin(request)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Answers a value read from the JSON the administrator gets from a call. */
	static <T> T read(MockMvc mvc, MockHttpServletRequestBuilder request, String path) throws Exception {
		return JsonPath.read(mvc.perform(asAdmin(request)).andReturn().getResponse().getContentAsString(), path);
	}
}
