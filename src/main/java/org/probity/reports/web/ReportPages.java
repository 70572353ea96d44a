package org.probity.reports.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.probity.reports.OversightReport;
import org.probity.reports.OversightReports;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.NotFound;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report page: a unit (the reader's own by default, the root for a nation-wide reader) and a period, preset or
 * custom; every figure links to its list. Its export buttons lead to {@link ReportApi}.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

	private final OversightReports reports;

	private final UnitManagement units;

	private final ReportNarrative narrative;

	private final ReportSettings settings;

	ReportPages(OversightReports reports, UnitManagement units, ReportNarrative narrative,
			ReportSettings settings) {
		this.reports = reports;
		this.units = units;
		this.narrative = narrative;
		this.settings = settings;
	}

	/** What the form says; the window is the preset's unless the period is custom. */
	record Choice(String unit, ReportPeriod period, int year, LocalDate from, LocalDate to) {

		static Choice of(String unit, ReportPeriod period, int year, LocalDate from, LocalDate to,
				ReportSettings settings) {
			return period == ReportPeriod.CUSTOM || !yearOfCalendar(year) ? new Choice(unit, period, year, from, to)
					: new Choice(unit, period, year, period.from(year, settings), period.to(year, settings));
		}

		boolean yearRefused() {
			return period != ReportPeriod.CUSTOM && !yearOfCalendar(year);
		}

		private static boolean yearOfCalendar(int year) {
			return year >= 1 && year <= 9999;
		}
	}

	@GetMapping
	String report(@RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "YEAR") ReportPeriod period, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model,
			Locale locale, HttpServletResponse response) {
		Choice choice = Choice.of(unit == null || unit.isBlank() ? defaultUnit() : unit.strip(), period,
				year == null ? LocalDate.now().getYear() : year, from, to, settings);
		model.addAttribute("choice", choice);
		model.addAttribute("periods", ReportPeriod.values());
		model.addAttribute("termFrom", settings.termFrom().getYear());
		model.addAttribute("termTo", settings.termTo().getYear());
		model.addAttribute("sections", OversightReport.SECTIONS);
		if (choice.unit() == null) {
			return "reports/oversight";
		}
		try {
			if (choice.yearRefused()) {
				throw new InvalidField("year", "must be from 1 to 9999");
			}
			OversightReport report = reports.of(choice.unit(), choice.from(), choice.to());
			model.addAttribute("report", report);
			model.addAttribute("period", narrative.period(report, locale));
			model.addAttribute("narrative", narrative.of(report, locale));
		}
		catch (InvalidField | NotFound refused) {
			response.setStatus(refused instanceof NotFound ? 404 : 400);
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("errorField", refused instanceof InvalidField invalid ? invalid.field() : "unit");
		}
		return "reports/oversight";
	}

	private String defaultUnit() {
		String home = Jurisdiction.homeUnitCode();
		if (home != null) {
			return home;
		}
		List<UnitView> roots = units.roots();
		return roots.isEmpty() ? null : roots.get(0).code();
	}
}
