package org.probity.discipline;

import java.time.LocalDate;

/**
 * A decision as the API receives it. {@code ref} may be null (one is given); {@code violationOn} may be null when
 * not known, and then the statute of limitations cannot be checked.
 */
public record NewDecision(String ref, TargetKind targetKind, String targetCode, Form form, String decidedBy,
		LocalDate decidedOn, LocalDate violationOn, String reason) {
}
