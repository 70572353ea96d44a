package org.probity.steering;

import static org.hamcrest.Matchers.contains;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.read;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.probity.steering.SteeringFixtures.taskOfGroup;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A 2024 programme of six groups of tasks; each group's progress is its tasks done of those not cancelled. */
@ProbityIntegrationTest
class ProgrammeIntegrationTests {

	static final String SIX_GROUPS = """
			["Quán triệt, thực hiện các quy định của Trung ương","Kiểm tra, giám sát, thanh tra, kiểm toán",
			 "Xử lý trách nhiệm người vi phạm","Phát hiện, xử lý kịp thời các vụ việc, vụ án",
			 "Bảo đảm an ninh, an toàn các phiên tòa","Duy trì chế độ họp, làm việc của Ban Chỉ đạo"]""";

	@Autowired
	MockMvc mvc;

	Province province;

	long committee;

	long programme;

	List<Integer> groups;

	@BeforeEach
	void sixGroupsOfTasks() throws Exception {
		province = SteeringFixtures.province(mvc);
		committee = created(mvc, committeeOf(province, province.code()));
		programme = created(mvc, json("/api/v1/programmes", """
				{"committeeId":%d,"year":2024,"title":"Chương trình công tác năm 2024","groups":%s}"""
			.formatted(committee, SIX_GROUPS)));
		groups = read(mvc, get("/api/v1/programmes/" + programme), "$.groups[*].id");
	}

	@Test
	void eachGroupCountsItsTasksDoneOfThoseNotCancelled() throws Exception {
		long first = group(0);
		long second = group(1);
		long a = created(mvc, taskOfGroup(first, province.communeA(), "2024-01-05", "2024-06-30"));
		long b = created(mvc, taskOfGroup(first, province.communeA(), "2024-01-05", "2024-06-30"));
		created(mvc, taskOfGroup(first, province.communeB(), "2024-01-05", "2024-06-30"));
		long c = created(mvc, taskOfGroup(second, province.communeA(), "2024-01-05", "2024-06-30"));
		long d = created(mvc, taskOfGroup(second, province.communeB(), "2024-01-05", "2024-06-30"));
		mvc.perform(asAdmin(taskDone(a, "2024-03-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(taskDone(b, "2024-04-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(taskDone(c, "2024-04-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(json("/api/v1/tasks/" + d + "/cancel", "{\"reason\":\"Gộp vào nhiệm vụ khác\"}")))
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		mvc.perform(asAdmin(get("/api/v1/programmes/" + programme)))
			.andExpect(jsonPath("$.groups.length()").value(6))
			.andExpect(jsonPath("$.groups[*].done", contains(2, 1, 0, 0, 0, 0)))
			.andExpect(jsonPath("$.groups[*].total", contains(3, 1, 0, 0, 0, 0)))
			.andExpect(jsonPath("$.groups[*].percent", contains(66.7, 100.0, 0.0, 0.0, 0.0, 0.0)));
	}

	@Test
	void aGroupsTaskBelongsToTheProgrammesCommittee() throws Exception {
		long task = created(mvc, taskOfGroup(group(2), province.communeA(), "2024-01-05", "2024-06-30"));
		mvc.perform(asAdmin(get("/api/v1/tasks/" + task)))
			.andExpect(jsonPath("$.committeeId").value(committee))
			.andExpect(jsonPath("$.origin").value("PROGRAMME"));
		long other = created(mvc, committeeOf(province, province.communeA()));
		mvc.perform(asAdmin(json("/api/v1/tasks", """
				{"committeeId":%d,"groupId":%d,"title":"Sai ban","ownerKind":"UNIT","ownerCode":"%s","deadline":"2030-01-01"}"""
			.formatted(other, group(2), province.communeA()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("committeeId"));
	}

	@Test
	void oneProgrammeAYearAndAtLeastOneGroup() throws Exception {
		mvc.perform(asAdmin(json("/api/v1/programmes", """
				{"committeeId":%d,"year":2024,"title":"Lần hai","groups":["Một"]}""".formatted(committee))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(asAdmin(json("/api/v1/programmes", """
				{"committeeId":%d,"year":2025,"title":"Trống","groups":[]}""".formatted(committee))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("groups"));
	}

	private long group(int index) {
		return groups.get(index).longValue();
	}
}
