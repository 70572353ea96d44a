package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.direction;
import static org.probity.steering.SteeringFixtures.directionDone;
import static org.probity.steering.SteeringFixtures.task;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.MovableClock;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A direction and a task due on 10 March turn overdue on the committee's page on 11 March, not before. */
@ProbityIntegrationTest
class SteeringOverdueIntegrationTests {

	static final LocalDate DEADLINE = LocalDate.of(2026, 3, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	Province province;

	long committee;

	long direction;

	long task;

	String caseRef;

	@Autowired
	DirectionManagement directions;

	@BeforeEach
	void aDirectionAndATaskDueOnTheDeadline() throws Exception {
		clock.moveTo(DEADLINE.minusDays(5));
		province = SteeringFixtures.province(mvc);
		committee = created(mvc, committeeOf(province, province.code()));
		caseRef = Api.unique("VA-");
		direction = created(mvc, direction(committee, province.communeA(), "2026-03-05", DEADLINE.toString(), caseRef));
		task = created(mvc, task(committee, province.communeB(), "2026-03-05", DEADLINE.toString()));
	}

	@AfterEach
	void backToRealTime() {
		clock.reset();
	}

	@Test
	void onTheDeadlineBothAreOpenButNotOverdue() throws Exception {
		clock.moveTo(DEADLINE);
		Document page = committeePage();
		assertThat(page.select("#open-directions tbody tr")).hasSize(1);
		assertThat(page.select("#open-tasks tbody tr")).hasSize(1);
		assertThat(page.select("#open-directions tr.overdue, #open-tasks tr.overdue")).isEmpty();
		assertThat(page.select("#open-directions").text()).doesNotContain("Overdue");
		mvc.perform(asAdmin(get("/api/v1/directions/" + direction))).andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(asAdmin(get("/api/v1/tasks").param("committee", "" + committee).param("overdue", "true")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void theDayAfterTheDeadlineBothAreMarkedOverdueOnTheCommitteesPage() throws Exception {
		clock.moveTo(DEADLINE.plusDays(1));
		Document page = committeePage();
		assertThat(page.select("#open-directions tr.overdue")).hasSize(1);
		assertThat(page.select("#open-directions tr.overdue").text()).contains("Khẩn trương xác minh").contains("Overdue");
		assertThat(page.select("#open-tasks tr.overdue")).hasSize(1);
		assertThat(page.select("#open-tasks tr.overdue").text()).contains("Rà soát hồ sơ đất đai");
		mvc.perform(asAdmin(get("/api/v1/directions/" + direction))).andExpect(jsonPath("$.overdue").value(true));
		mvc.perform(asAdmin(get("/api/v1/tasks/" + task))).andExpect(jsonPath("$.overdue").value(true));
		mvc.perform(asAdmin(get("/api/v1/directions").param("unit", province.code()).param("overdue", "true")))
			.andExpect(jsonPath("$.content[0].id").value(direction))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void progressKeepsATaskOverdueButReportingItDoneClearsIt() throws Exception {
		clock.moveTo(DEADLINE.plusDays(3));
		mvc.perform(asAdmin(SteeringFixtures.json("/api/v1/tasks/" + task + "/progress",
				"{\"note\":\"Đã rà soát 40 hồ sơ\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.notes[0].notedOn").value("2026-03-13"));
		mvc.perform(asAdmin(taskDone(task, "2026-03-12"))).andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(asAdmin(directionDone(direction, "2026-03-13"))).andExpect(jsonPath("$.overdue").value(false));
		Document page = committeePage();
		assertThat(page.select("#open-directions tbody tr, #open-tasks tbody tr")).isEmpty();
	}

	@Test
	void aCaseShowsTheDirectionsGivenAboutIt() throws Exception {
		clock.moveTo(DEADLINE.plusDays(1));
		assertThat(Jurisdiction.asSystem(() -> directions.forCase(caseRef)))
			.singleElement()
			.satisfies(given -> assertThat(given.id()).isEqualTo(direction))
			.satisfies(given -> assertThat(given.overdue()).isTrue());
		assertThat(Jurisdiction.asSystem(() -> directions.forCase(caseRef + "-other"))).isEmpty();
		mvc.perform(asAdmin(get("/api/v1/directions").param("caseRef", caseRef)))
			.andExpect(jsonPath("$.content[0].id").value(direction))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	private Document committeePage() throws Exception {
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		return Jsoup.parse(mvc.perform(get("/steering/committees/" + committee).cookie(admin).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
