package org.probity.cases;

import java.time.LocalDate;

/** What changed for a defendant as proceedings go on; a null part stays as it was. */
public record DefendantChange(CustodyMeasure custody, LocalDate prosecutedOn, DefendantOutcome outcome,
		String sentence) {
}
