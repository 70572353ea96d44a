package org.probity.reports.web;

import java.time.LocalDate;
import java.util.Locale;

import org.probity.reports.OversightReport;
import org.probity.reports.OversightReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The oversight report of a unit's subtree over a window (both ends included), as JSON, XLSX or PDF. Every parameter
 * is required; a missing or invalid one is answered 400 naming it, a unit outside the caller's jurisdiction 404. The
 * exports are also served under {@code /reports} for the report page's buttons, since the API takes no session.
 */
@RestController
class ReportApi {

	private final OversightReports reports;

	private final ReportDownloads downloads;

	ReportApi(OversightReports reports, ReportDownloads downloads) {
		this.reports = reports;
		this.downloads = downloads;
	}

	@GetMapping("/api/v1/reports/oversight")
	OversightReport oversight(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return reports.of(unit, from, to);
	}

	@GetMapping({ "/api/v1/reports/oversight.xlsx", "/reports/oversight.xlsx" })
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Locale locale) {
		return downloads.xlsx(reports.of(unit, from, to), locale);
	}

	@GetMapping({ "/api/v1/reports/oversight.pdf", "/reports/oversight.pdf" })
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Locale locale) {
		return downloads.pdf(reports.of(unit, from, to), locale);
	}
}
