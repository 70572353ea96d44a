package org.probity.cases.web;

import java.time.LocalDate;

import org.probity.cases.CaseField;
import org.probity.cases.CaseQuery;
import org.probity.cases.Stage;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The list's filters as request parameters, the same on the page and in the API, so that a report figure links to
 * the list it counts. {@code prosecutedFrom}/{@code prosecutedTo} are a shorthand for
 * {@code reached=PROSECUTED&reachedFrom=…&reachedTo=…}.
 */
record CaseFilters(String unit, Stage stage, CaseField field, String committee,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monitoredFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monitoredTo, Stage reached,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reachedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reachedTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedTo) {

	CaseQuery query() {
		boolean prosecuted = prosecutedFrom != null || prosecutedTo != null;
		if (prosecuted && (reached != null || reachedFrom != null || reachedTo != null)) {
			throw new InvalidField("prosecutedFrom", "is a shorthand for reached=PROSECUTED; give one or the other");
		}
		return new CaseQuery(Texts.blankToNull(unit), stage, field, Texts.blankToNull(committee), monitoredFrom,
				monitoredTo, prosecuted ? Stage.PROSECUTED : reached, prosecuted ? prosecutedFrom : reachedFrom,
				prosecuted ? prosecutedTo : reachedTo);
	}
}
