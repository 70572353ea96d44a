package org.probity.reports.web;

import java.util.Locale;

import org.probity.reports.OversightReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The report's exports as downloads, the same for the API and the page. */
@Component
class ReportDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportWorkbook workbook;

	private final ReportPdf pdf;

	ReportDownloads(ReportWorkbook workbook, ReportPdf pdf) {
		this.workbook = workbook;
		this.pdf = pdf;
	}

	ResponseEntity<byte[]> xlsx(OversightReport report, Locale locale) {
		return download(workbook.of(report, locale), XLSX, name(report, "xlsx"));
	}

	ResponseEntity<byte[]> pdf(OversightReport report, Locale locale) {
		return download(pdf.of(report, locale), MediaType.APPLICATION_PDF, name(report, "pdf"));
	}

	private static String name(OversightReport report, String extension) {
		return "oversight-" + report.unit() + "-" + report.from() + "-" + report.to() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
