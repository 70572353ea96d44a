package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.meeting;
import static org.probity.steering.SteeringFixtures.task;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.MovableClock;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Attainment is achieved of planned, in percent to one decimal; counted targets follow the records. */
@ProbityIntegrationTest
class TargetsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	Province province;

	@BeforeEach
	void province() throws Exception {
		clock.moveTo(LocalDate.of(2025, 2, 1));
		province = SteeringFixtures.province(mvc);
	}

	@AfterEach
	void backToRealTime() {
		clock.reset();
	}

	@Test
	void eightyEightAdmittedOfAHundredAndFiftyThreeIsFiftySevenPointFivePercent() throws Exception {
		long target = created(mvc, target(province.code(), "MANUAL", "Kết nạp đảng viên mới", 153, 88L));
		mvc.perform(asAdmin(get("/api/v1/targets/" + target)))
			.andExpect(jsonPath("$.achieved").value(88))
			.andExpect(jsonPath("$.attainment").value(57.5))
			.andExpect(jsonPath("$.counted").value(false));
		String page = mvc.perform(get("/steering/targets").param("unit", province.code()).param("year", "2024")
			.cookie(Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select("#targets td.attainment").text()).isEqualTo("57.5%");
		mvc.perform(asAdmin(json("/api/v1/targets/" + target + "/achieved", "{\"achieved\":100}")))
			.andExpect(jsonPath("$.attainment").value(65.4));
	}

	@Test
	void tasksDoneCountTheSubtreesTasksDoneInTheYear() throws Exception {
		long tasksDone = created(mvc, target(province.code(), "TASKS_DONE", "Nhiệm vụ hoàn thành", 4, null));
		long elsewhere = created(mvc, target(province.communeB(), "TASKS_DONE", "Nhiệm vụ hoàn thành", 4, null));
		mvc.perform(asAdmin(get("/api/v1/targets/" + tasksDone))).andExpect(jsonPath("$.achieved").value(0));
		long committee = created(mvc, committeeOf(province, province.communeA()));
		for (String doneOn : new String[] { "2024-03-01", "2024-12-31", "2025-01-05" }) {
			long task = created(mvc, task(committee, province.communeA(), "2024-01-10", "2024-06-01"));
			mvc.perform(asAdmin(taskDone(task, doneOn))).andExpect(status().isOk());
		}
		created(mvc, task(committee, province.communeA(), "2024-01-10", "2024-06-01"));
		mvc.perform(asAdmin(get("/api/v1/targets/" + tasksDone)))
			.andExpect(jsonPath("$.achieved").value(2))
			.andExpect(jsonPath("$.attainment").value(50.0))
			.andExpect(jsonPath("$.counted").value(true));
		mvc.perform(asAdmin(get("/api/v1/targets/" + elsewhere))).andExpect(jsonPath("$.achieved").value(0));
	}

	@Test
	void meetingsHeldCountTheSubtreesMeetingsInTheYear() throws Exception {
		long meetings = created(mvc, target(province.code(), "MEETINGS_HELD", "Phiên họp", 12, null));
		long committee = created(mvc, committeeOf(province, province.communeA()));
		for (String heldOn : new String[] { "2024-01-01", "2024-06-15", "2024-12-31", "2025-01-02" }) {
			created(mvc, meeting(committee, "REGULAR", heldOn));
		}
		mvc.perform(asAdmin(get("/api/v1/targets").param("unit", province.code()).param("year", "2024")))
			.andExpect(jsonPath("$[?(@.id == " + meetings + ")].achieved").value(3))
			.andExpect(jsonPath("$[?(@.id == " + meetings + ")].attainment").value(25.0));
	}

	@Test
	void onlyManualTargetsTakeWhatWasAchieved() throws Exception {
		mvc.perform(asAdmin(target(province.code(), "TASKS_DONE", "Nhiệm vụ", 10, 5L)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("achieved"));
		long counted = created(mvc, target(province.code(), "TASKS_DONE", "Nhiệm vụ", 10, null));
		mvc.perform(asAdmin(json("/api/v1/targets/" + counted + "/achieved", "{\"achieved\":5}")))
			.andExpect(status().isConflict());
		mvc.perform(asAdmin(target(province.code(), "GUESSED", "Nhiệm vụ", 10, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measure"));
		mvc.perform(asAdmin(target(province.code(), "MANUAL", "Nhiệm vụ", 0, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("planned"));
		mvc.perform(asAdmin(get("/api/v1/targets/measures")))
			.andExpect(jsonPath("$[0]").value("MANUAL"))
			.andExpect(jsonPath("$", hasItems("TASKS_DONE", "MEETINGS_HELD")));
	}

	static MockHttpServletRequestBuilder target(String unit, String measure, String title, long planned,
			Long achieved) {
		return json("/api/v1/targets", """
				{"unitCode":"%s","year":2024,"measure":"%s","title":"%s","planned":%d,"achieved":%s}"""
			.formatted(unit, measure, title, planned, achieved));
	}
}
