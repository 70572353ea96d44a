package org.probity.cases;

import java.time.LocalDate;

/** A case entered a later stage on {@code enteredOn}. */
public record CaseStageChanged(long caseId, String reference, String unitCode, Stage from, Stage to,
		LocalDate enteredOn) {
}
