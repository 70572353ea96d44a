package org.probity.reports.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.probity.reports.Dashboard;
import org.probity.reports.Dashboards;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page: a unit and a window (the reader's own unit and this year by default), its charts drawn as
 * SVG on the server, every bar a link to its records, each chart also a table for those who cannot see it.
 */
@Controller
class DashboardPages {

	private final Dashboards dashboards;

	private final DashboardDefaults defaults;

	private final DashboardCharts charts;

	DashboardPages(Dashboards dashboards, DashboardDefaults defaults, DashboardCharts charts) {
		this.dashboards = dashboards;
		this.defaults = defaults;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model, Locale locale,
			HttpServletResponse response) {
		String code = defaults.unit(unit);
		LocalDate first = defaults.from(from, to);
		LocalDate last = defaults.to(from, to);
		model.addAttribute("unit", code);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("years", defaults.recentYears());
		if (code == null) {
			return "reports/dashboard";
		}
		try {
			Dashboard dashboard = dashboards.of(code, first, last);
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("charts", charts.of(dashboard, locale, "ar".equals(locale.getLanguage())));
			model.addAttribute("width", DashboardCharts.WIDTH);
			model.addAttribute("area", DashboardCharts.AREA);
			model.addAttribute("row", DashboardCharts.ROW);
		}
		catch (InvalidField | NotFound refused) {
			response.setStatus(refused instanceof NotFound ? 404 : 400);
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("errorField", refused instanceof InvalidField invalid ? invalid.field() : "unit");
		}
		return "reports/dashboard";
	}
}
