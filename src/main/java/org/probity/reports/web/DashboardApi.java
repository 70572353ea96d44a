package org.probity.reports.web;

import java.time.LocalDate;

import org.probity.reports.Dashboard;
import org.probity.reports.Dashboards;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's dashboard as JSON: every chart's bars with the link to the records each counts. Without a unit the
 * caller's own, without a window this year; a window given by one end only is refused naming the other (400), a
 * unit outside the caller's jurisdiction is unknown (404).
 */
@RestController
class DashboardApi {

	private final Dashboards dashboards;

	private final DashboardDefaults defaults;

	DashboardApi(Dashboards dashboards, DashboardDefaults defaults) {
		this.dashboards = dashboards;
		this.defaults = defaults;
	}

	@GetMapping("/api/v1/dashboard")
	Dashboard dashboard(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return dashboards.of(defaults.unit(unit), defaults.from(from, to), defaults.to(from, to));
	}
}
