package org.probity.reports.web;

import java.util.Locale;
import java.util.Map;

import org.probity.reports.OversightReport;
import org.probity.shared.web.PrintablePdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a PDF: the {@code reports/pdf} template rendered to XHTML, then laid out by openhtmltopdf with
 * DejaVu Sans embedded, a font that carries every Vietnamese letter (the PDF base fonts carry none of them).
 */
@Component
class ReportPdf {

	private final ITemplateEngine templates;

	private final ReportNarrative narrative;

	ReportPdf(ITemplateEngine templates, ReportNarrative narrative) {
		this.templates = templates;
		this.narrative = narrative;
	}

	byte[] of(OversightReport report, Locale locale) {
		String html = templates.process("reports/pdf", new Context(locale, Map.of("report", report, "sections",
				OversightReport.SECTIONS, "period", narrative.period(report, locale), "narrative",
				narrative.of(report, locale))));
		return PrintablePdf.of(html);
	}
}
