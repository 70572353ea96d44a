package org.probity.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.probity.reports.OversightReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a PDF: the {@code reports/pdf} template rendered to XHTML, then laid out by openhtmltopdf with
 * DejaVu Sans embedded, a font that carries every Vietnamese letter (the PDF base fonts carry none of them).
 */
@Component
class ReportPdf {

	static final String FONT = "DejaVu Sans";

	static {
		// openhtmltopdf narrates every layout at INFO on standard error; its warnings are enough
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(() -> ReportPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
						FontStyle.NORMAL, true)
				.useFont(() -> ReportPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
						FontStyle.NORMAL, true)
				.withHtmlContent(html, null)
				.toStream(out)
				.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}
}
