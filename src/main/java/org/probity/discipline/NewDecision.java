package org.probity.discipline;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A decision as the API receives it. {@code ref} may be null (one is given); {@code violationOn} may be null when
 * not known, and then the statute of limitations cannot be checked.
 */
public record NewDecision(@Size(max = 40) String ref, TargetKind targetKind, @Size(max = 64) String targetCode,
		Form form, @Size(max = 64) String decidedBy, LocalDate decidedOn, LocalDate violationOn,
		@Size(max = 4000) String reason) {
}
