package org.probity.reports.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.probity.reports.OversightReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's figures told as the paragraph a term or periodic report opens with, numbers written per locale. */
@Component
class ReportNarrative {

	private final MessageSource messages;

	ReportNarrative(MessageSource messages) {
		this.messages = messages;
	}

	String of(OversightReport report, Locale locale) {
		var inspection = report.inspection();
		var petitions = report.petitions();
		var cases = report.cases();
		return String.join(" ",
				messages.getMessage("reports.narrative.inspection",
						new Object[] { inspection.committees().units(), inspection.committees().persons(),
								inspection.inspectionCommissions().units(), inspection.inspectionCommissions().persons(),
								report.discipline().units(), report.discipline().persons() },
						locale),
				messages.getMessage("reports.narrative.petitions", new Object[] { petitions.received(),
						petitions.matters(), petitions.handled(), petitions.overdue() }, locale),
				messages.getMessage("reports.narrative.cases",
						new Object[] { cases.monitored(), cases.prosecuted(), cases.defendants() }, locale));
	}

	/** The window as the report's heading writes it, such as "from 01/01/2025 to 30/09/2025". */
	String period(OversightReport report, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofPattern(messages.getMessage("reports.dateFormat", null, locale),
				locale);
		return messages.getMessage("reports.period",
				new Object[] { days.format(report.from()), days.format(report.to()) }, locale);
	}
}
