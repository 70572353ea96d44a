package org.probity.discipline;

import java.time.LocalDate;

/** A decision as other modules, pages and the API read it; {@code appeal} is null until one is lodged. */
public record DecisionView(String ref, TargetKind targetKind, String targetCode, Form form, String decidedBy,
		LocalDate decidedOn, LocalDate violationOn, String reason, LocalDate appealUntil, AppealView appeal) {

	/** An appeal: when it was lodged, on what grounds, and by when it must be settled. */
	public record AppealView(LocalDate lodgedOn, String grounds, LocalDate settleBy) {
	}
}
