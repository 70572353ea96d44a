package org.probity.cases;

import java.time.LocalDate;

/**
 * A defendant as added to a case: a person on record ({@code personCode}, whose name is taken when none is typed)
 * or a name alone. {@code custody} defaults to NONE and {@code outcome} to PENDING.
 */
public record NewDefendant(String personCode, String fullName, String charges, CustodyMeasure custody,
		LocalDate prosecutedOn, DefendantOutcome outcome, String sentence) {
}
