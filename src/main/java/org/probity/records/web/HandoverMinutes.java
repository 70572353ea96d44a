package org.probity.records.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.probity.records.HandoverDetails;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The handover minutes as a PDF, laid out like the report's, with DejaVu Sans embedded for Vietnamese. */
@Component
class HandoverMinutes {

	private static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	HandoverMinutes(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] of(HandoverDetails details, Locale locale) {
		String html = templates.process("records/minutes", new Context(locale, Map.of("h", details.handover(),
				"items", details.items())));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(() -> HandoverMinutes.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
						FontStyle.NORMAL, true)
				.useFont(() -> HandoverMinutes.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
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
