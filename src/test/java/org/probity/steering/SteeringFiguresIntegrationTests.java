package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.direction;
import static org.probity.steering.SteeringFixtures.directionDone;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.meeting;
import static org.probity.steering.SteeringFixtures.task;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.MovableClock;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first half of 2024, read on 15 July: meetings by the day held, directions by the day issued, tasks done by the
 * day done, and overdue as of the window's last day; each figure is the size of its drill-down list.
 */
@ProbityIntegrationTest
class SteeringFiguresIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate TO = LocalDate.of(2024, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	SteeringFigures figures;

	Province province;

	@BeforeEach
	void committeesOfTheProvinceAndBothCommunesAtWork() throws Exception {
		clock.moveTo(LocalDate.of(2024, 7, 15));
		province = SteeringFixtures.province(mvc);
		long top = created(mvc, committeeOf(province, province.code()));
		long a = created(mvc, committeeOf(province, province.communeA()));
		long b = created(mvc, committeeOf(province, province.communeB()));
		created(mvc, meeting(top, "REGULAR", "2024-01-15"));
		created(mvc, meeting(top, "THEMATIC", "2024-06-30"));
		created(mvc, meeting(a, "EXTRAORDINARY", "2024-03-01"));
		created(mvc, meeting(a, "REGULAR", "2023-12-31"));
		created(mvc, meeting(b, "REGULAR", "2024-02-02"));
		String unit = province.communeA();
		created(mvc, direction(top, unit, "2024-02-01", "2024-03-01", null)); // open: overdue
		created(mvc, direction(top, unit, "2024-05-01", "2024-07-10", null)); // due after the window
		long doneInTime = created(mvc, direction(a, unit, "2024-04-01", "2024-04-30", null));
		long doneLate = created(mvc, direction(a, unit, "2024-04-01", "2024-04-30", null));
		created(mvc, direction(top, unit, "2023-12-01", "2024-01-01", null)); // issued before the window
		mvc.perform(asAdmin(directionDone(doneInTime, "2024-05-15"))).andExpect(status().isOk());
		mvc.perform(asAdmin(directionDone(doneLate, "2024-07-01"))).andExpect(status().isOk());
		long t1 = created(mvc, task(top, unit, "2024-01-10", "2024-02-01"));
		created(mvc, task(a, unit, "2024-02-01", "2024-03-01")); // open: overdue
		long t3 = created(mvc, task(b, unit, "2024-03-01", "2024-04-01"));
		long t4 = created(mvc, task(b, unit, "2023-11-01", "2023-12-01"));
		mvc.perform(asAdmin(taskDone(t1, "2024-03-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(json("/api/v1/tasks/" + t3 + "/cancel", "{\"reason\":\"Không còn phù hợp\"}")))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(taskDone(t4, "2024-02-02"))).andExpect(status().isOk());
	}

	@AfterEach
	void backToRealTime() {
		clock.reset();
	}

	@Test
	void theProvinceCountsItsWholeSubtreeInTheWindow() {
		SteeringFigures.Figures whole = of(province.code());
		assertThat(whole.meetingsHeld()).isEqualTo(4);
		assertThat(whole.meetingsByKind()).isEqualTo(Map.of(MeetingKind.REGULAR, 2L, MeetingKind.THEMATIC, 1L,
				MeetingKind.EXTRAORDINARY, 1L, MeetingKind.STANDING_COMMITTEE, 0L));
		assertThat(whole.directionsIssued()).isEqualTo(4);
		assertThat(whole.directionsOverdue()).isEqualTo(2);
		assertThat(whole.tasksDone()).isEqualTo(2);
		assertThat(whole.tasksOverdue()).isEqualTo(1);
	}

	@Test
	void aCommuneCountsOnlyItsOwnCommittee() {
		SteeringFigures.Figures communeA = of(province.communeA());
		assertThat(communeA.meetingsHeld()).isEqualTo(1);
		assertThat(communeA.directionsIssued()).isEqualTo(2);
		assertThat(communeA.directionsOverdue()).isEqualTo(1);
		assertThat(communeA.tasksDone()).isZero();
		assertThat(communeA.tasksOverdue()).isEqualTo(1);
	}

	@Test
	void everyFigureIsTheSizeOfItsDrillDownList() throws Exception {
		for (String unit : new String[] { province.code(), province.communeA(), province.communeB() }) {
			SteeringFigures.Figures counted = of(unit);
			Jurisdiction.asSystem(() -> {
				assertThat(figures.meetingsHeld(unit, FROM, TO)).hasSize((int) counted.meetingsHeld());
				assertThat(figures.directionsIssued(unit, FROM, TO)).hasSize((int) counted.directionsIssued());
				assertThat(figures.directionsOverdue(unit, FROM, TO)).hasSize((int) counted.directionsOverdue());
				assertThat(figures.tasksDone(unit, FROM, TO)).hasSize((int) counted.tasksDone());
				assertThat(figures.tasksOverdue(unit, FROM, TO)).hasSize((int) counted.tasksOverdue());
			});
		}
		mvc.perform(asAdmin(get("/api/v1/steering/figures/directions-overdue").param("unit", province.code())
			.param("from", FROM.toString()).param("to", TO.toString())))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(asAdmin(get("/api/v1/steering/figures").param("unit", province.code())
			.param("from", FROM.toString()).param("to", TO.toString())))
			.andExpect(jsonPath("$.meetingsHeld").value(4))
			.andExpect(jsonPath("$.meetingsByKind.REGULAR").value(2));
	}

	@Test
	void aWindowEndingBeforeItsStartIsRefusedNamingTheField() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/steering/figures").param("unit", province.code())
			.param("from", TO.toString()).param("to", FROM.toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(asAdmin(get("/api/v1/steering/figures/everything").param("unit", province.code())
			.param("from", FROM.toString()).param("to", TO.toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("figure"));
	}

	private SteeringFigures.Figures of(String unit) {
		return Jurisdiction.asSystem(() -> figures.of(unit, FROM, TO));
	}
}
