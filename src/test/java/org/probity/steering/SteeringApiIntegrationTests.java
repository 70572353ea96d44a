package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.read;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.AuditedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Meetings with attendance and conclusions, tasks from conclusions, events, and input refused naming the field. */
@ProbityIntegrationTest
@RecordApplicationEvents
class SteeringApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	Province province;

	long committee;

	List<Integer> members;

	@BeforeEach
	void aCommitteeOfThree() throws Exception {
		province = SteeringFixtures.province(mvc);
		committee = created(mvc, committeeOf(province, province.code()));
		members = read(mvc, get("/api/v1/committees/" + committee), "$.members[*].id");
	}

	@Test
	void aMeetingRecordsWhoServedThatDayAndWhetherTheyCame() throws Exception {
		created(mvc, json("/api/v1/committees/" + committee + "/members",
				"{\"fullName\":\"Đã nghỉ hưu\",\"role\":\"MEMBER\",\"servedTo\":\"2019-12-31\"}"));
		long meeting = created(mvc, json("/api/v1/meetings", """
				{"committeeId":%d,"kind":"STANDING_COMMITTEE","heldOn":"2024-03-01","agenda":["Một","  ","Hai"],
				 "present":[%d,%d],"conclusions":["Giao Công an tỉnh đẩy nhanh điều tra"]}"""
			.formatted(committee, members.get(0), members.get(2))));
		mvc.perform(asAdmin(get("/api/v1/meetings/" + meeting)))
			.andExpect(jsonPath("$.agenda", containsInAnyOrder("Một", "Hai")))
			.andExpect(jsonPath("$.attendance.length()").value(3))
			.andExpect(jsonPath("$.attendance[?(@.present == true)].memberId",
					containsInAnyOrder(members.get(0), members.get(2))))
			.andExpect(jsonPath("$.attendance[0].fullName").value("Trần Quốc Cường"));
		assertThat(events.stream(MeetingHeld.class)).singleElement()
			.satisfies(held -> assertThat(held.committeeId()).isEqualTo(committee))
			.satisfies(held -> assertThat(held.kind()).isEqualTo(MeetingKind.STANDING_COMMITTEE));
	}

	@Test
	void aConclusionsTaskBelongsToTheMeetingsCommitteeAndIsFollowedToDone() throws Exception {
		long meeting = created(mvc, SteeringFixtures.meeting(committee, "REGULAR", "2024-03-01"));
		long conclusion = created(mvc, json("/api/v1/meetings/" + meeting + "/conclusions",
				"{\"text\":\"Rà soát các dự án chậm tiến độ\"}"));
		long task = created(mvc, json("/api/v1/tasks", """
				{"conclusionId":%d,"title":"Rà soát dự án","ownerKind":"PERSON","ownerCode":"%s",
				 "assignedOn":"2024-03-02","deadline":"2024-04-30"}""".formatted(conclusion, province.personB())));
		mvc.perform(asAdmin(get("/api/v1/tasks/" + task)))
			.andExpect(jsonPath("$.committeeId").value(committee))
			.andExpect(jsonPath("$.origin").value("CONCLUSION"))
			.andExpect(jsonPath("$.conclusionId").value(conclusion));
		mvc.perform(asAdmin(taskDone(task, "2024-04-20"))).andExpect(jsonPath("$.status").value("DONE"));
		mvc.perform(asAdmin(taskDone(task, "2024-04-21")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(events.stream(TaskAssigned.class)).singleElement()
			.satisfies(assigned -> assertThat(assigned.ownerCode()).isEqualTo(province.personB()));
		assertThat(events.stream(TaskDone.class)).singleElement()
			.satisfies(done -> assertThat(done.doneOn()).hasToString("2024-04-20"));
		assertThat(events.stream(AuditedChange.class).map(AuditedChange::subjectType))
			.contains("steering-meeting", "steering-task");
	}

	@Test
	void aDirectionIssuedIsPublished() throws Exception {
		long direction = created(mvc, SteeringFixtures.direction(committee, province.communeA(), "2024-03-01",
				"2024-03-31", "VA-" + committee));
		assertThat(events.stream(DirectionIssued.class)).singleElement()
			.satisfies(issued -> assertThat(issued.directionId()).isEqualTo(direction))
			.satisfies(issued -> assertThat(issued.caseRef()).isEqualTo("VA-" + committee));
		assertThat(events.stream(AuditedChange.class).filter(c -> c.subjectType().equals("steering-direction")))
			.hasSize(1);
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		refused(json("/api/v1/meetings", "{\"committeeId\":%d,\"heldOn\":\"2024-03-01\"}".formatted(committee)), "kind");
		refused(json("/api/v1/meetings", "{\"committeeId\":%d,\"kind\":\"REGULAR\",\"heldOn\":\"2999-01-01\"}"
			.formatted(committee)), "heldOn");
		refused(json("/api/v1/meetings", "{\"committeeId\":%d,\"kind\":\"REGULAR\",\"heldOn\":\"2024-01-01\",\"present\":[-5]}"
			.formatted(committee)), "present");
		refused(json("/api/v1/meetings", "{\"kind\":\"REGULAR\",\"heldOn\":\"2024-01-01\"}"), "committeeId");
		refused(json("/api/v1/meetings", "{\"committeeId\":%d,\"kind\":\"PARTY\",\"heldOn\":\"2024-01-01\"}"
			.formatted(committee)), "kind");
		refused(direction("\"assigneeKind\":\"UNIT\",\"assigneeCode\":\"NO-SUCH-UNIT\",\"dueOn\":\"2030-01-01\""),
				"assigneeCode");
		refused(direction("\"assigneeKind\":\"ROBOT\",\"assigneeCode\":\"X\",\"dueOn\":\"2030-01-01\""), "assigneeKind");
		refused(direction("\"assigneeKind\":\"UNIT\",\"assigneeCode\":\"%s\",\"issuedOn\":\"2024-05-01\",\"dueOn\":\"2024-04-01\""
			.formatted(province.communeA())), "dueOn");
		refused(direction("\"assigneeKind\":\"UNIT\",\"assigneeCode\":\"%s\",\"dueOn\":\"2030-01-01\",\"content\":\"%s\""
			.formatted(province.communeA(), "x".repeat(4001))), "content");
		refused(json("/api/v1/tasks", "{\"committeeId\":%d,\"title\":\"T\",\"ownerKind\":\"UNIT\",\"ownerCode\":\"%s\"}"
			.formatted(committee, province.communeA())), "deadline");
		refused(json("/api/v1/tasks", "{\"conclusionId\":-1,\"title\":\"T\",\"ownerKind\":\"UNIT\",\"ownerCode\":\"%s\","
				+ "\"deadline\":\"2030-01-01\"}".formatted(province.communeA())), "conclusionId");
		refused(json("/api/v1/committees", "{\"unitCode\":\"NO-SUCH-UNIT\",\"name\":\"Ban\"}"), "unitCode");
		refused(json("/api/v1/committees", "{\"unitCode\":\"%s\",\"name\":\"Ban\",\"members\":[{\"role\":\"MEMBER\"}]}"
			.formatted(province.code())), "members[0].fullName");
		refused(json("/api/v1/committees", "{\"unitCode\":\"%s\",\"name\":\"Ban\",\"members\":[{\"personCode\":\"NOBODY\",\"role\":\"CHAIR\"}]}"
			.formatted(province.code())), "members[0].personCode");
		long task = created(mvc, SteeringFixtures.task(committee, province.communeA(), "2024-01-01", "2024-02-01"));
		refused(json("/api/v1/tasks/" + task + "/progress", "{\"note\":\"   \"}"), "note");
		mvc.perform(asAdmin(get("/api/v1/tasks/not-a-number")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		mvc.perform(asAdmin(json("/api/v1/tasks", "{not json"))).andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder direction(String fields) {
		String content = fields.contains("\"content\"") ? "" : "\"content\":\"Chỉ đạo\",";
		return json("/api/v1/directions", "{\"committeeId\":" + committee + "," + content + fields + "}");
	}

	private void refused(MockHttpServletRequestBuilder request, String field) throws Exception {
		mvc.perform(asAdmin(request))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}
}
