package org.probity.records.web;

import java.util.Locale;
import java.util.Map;

import org.probity.records.HandoverDetails;
import org.probity.shared.web.PrintablePdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The handover minutes as a PDF, laid out like the report's, with DejaVu Sans embedded for Vietnamese. */
@Component
class HandoverMinutes {

	private final ITemplateEngine templates;

	HandoverMinutes(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] of(HandoverDetails details, Locale locale) {
		String html = templates.process("records/minutes", new Context(locale, Map.of("h", details.handover(),
				"items", details.items())));
		return PrintablePdf.of(html);
	}
}
