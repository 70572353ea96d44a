package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.opened;
import static org.probity.cases.CaseFixtures.placeUnderMonitoring;
import static org.probity.cases.CaseFixtures.removeFromMonitoring;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A steering committee places a case under its monitoring, removes it and may place it again; every period is kept,
 * and a case counts as monitored in a window when one of its periods overlaps it.
 */
@ProbityIntegrationTest
@RecordApplicationEvents
class CaseMonitoringIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFigures figures;

	@Autowired
	ApplicationEvents events;

	Province province;

	long id;

	@BeforeEach
	void aCaseMonitoredTwice() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		String committee = province.code();
		mvc.perform(asAdmin(placeUnderMonitoring(id, committee, "2024-02-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(removeFromMonitoring(id, "2024-06-30"))).andExpect(status().isOk());
		mvc.perform(asAdmin(placeUnderMonitoring(id, committee, "2024-09-01"))).andExpect(status().isOk());
	}

	@Test
	void everyPeriodIsKeptAndTheLastIsOpen() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/cases/" + id)))
			.andExpect(jsonPath("$.summary.monitoredBy").value(province.code()))
			.andExpect(jsonPath("$.monitoring[*].placedOn", contains("2024-02-01", "2024-09-01")))
			.andExpect(jsonPath("$.monitoring[0].removedOn").value("2024-06-30"))
			.andExpect(jsonPath("$.monitoring[0].removalReason").value("Đã xét xử xong"))
			.andExpect(jsonPath("$.monitoring[1].removedOn").doesNotExist());
		assertThat(events.stream(CasePlacedUnderMonitoring.class))
			.extracting(CasePlacedUnderMonitoring::caseId, CasePlacedUnderMonitoring::committeeCode,
					CasePlacedUnderMonitoring::placedOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id, province.code(), LocalDate.of(2024, 2, 1)),
					org.assertj.core.groups.Tuple.tuple(id, province.code(), LocalDate.of(2024, 9, 1)));
		assertThat(events.stream(CaseRemovedFromMonitoring.class)).hasSize(1);
	}

	@Test
	void overlappingOrBackdatedPeriodsAreRefused() throws Exception {
		mvc.perform(asAdmin(placeUnderMonitoring(id, province.code(), "2024-10-01")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("committeeCode"));
		mvc.perform(asAdmin(removeFromMonitoring(id, "2024-08-31")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("removedOn"));
		mvc.perform(asAdmin(removeFromMonitoring(id, "2024-12-31"))).andExpect(status().isOk());
		mvc.perform(asAdmin(removeFromMonitoring(id, "2025-01-31")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("removedOn"));
		mvc.perform(asAdmin(placeUnderMonitoring(id, province.code(), "2024-12-31")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("placedOn"));
		mvc.perform(asAdmin(placeUnderMonitoring(id, "NO-SUCH-COMMITTEE", "2025-01-05")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("committeeCode"));
		long fresh = opened(mvc, landCase(province.communeB(), "2024-03-01"));
		mvc.perform(asAdmin(placeUnderMonitoring(fresh, province.code(), "2024-02-28")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("placedOn"));
	}

	@Test
	void monitoredInAWindowMeansAPeriodOverlapsIt() throws Exception {
		assertThat(monitored("2024-07-01", "2024-08-31")).isZero();
		assertThat(monitored("2024-06-30", "2024-07-15")).isOne();
		assertThat(monitored("2024-08-15", "2024-09-01")).isOne();
		assertThat(monitored("2024-01-01", "2024-01-31")).isZero();
		assertThat(monitored("2026-01-01", "2026-12-31")).isOne();
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code())
			.param("monitoredFrom", "2024-07-01").param("monitoredTo", "2024-08-31")))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code()).param("committee", province.code())
			.param("monitoredFrom", "2024-06-30").param("monitoredTo", "2024-06-30")))
			.andExpect(jsonPath("$.content[*].id", contains((int) id)));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code()).param("committee", "OTHER")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	private long monitored(String from, String to) {
		return Jurisdiction.asSystem(
				() -> figures.of(province.code(), LocalDate.parse(from), LocalDate.parse(to)).monitored());
	}
}
