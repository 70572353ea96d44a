package org.probity.integrity;

import java.time.LocalDate;

/** A vetting request with the profile as it stood on its date and, once decided, the outcome and reasons. */
public record VettingView(long id, String personCode, String personName, VettingPurpose purpose, String postName,
		String requestedBy, LocalDate requestedOn, int concerns, VettingOutcome outcome, String reasons,
		String decidedBy, LocalDate decidedOn, IntegrityProfile snapshot) {
}
