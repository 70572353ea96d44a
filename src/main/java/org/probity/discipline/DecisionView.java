package org.probity.discipline;

import java.time.LocalDate;

/**
 * A decision as other modules, pages and the API read it; {@code appeal} is null until one is lodged,
 * {@code disclosure} until it is decided whether the decision is made public.
 */
public record DecisionView(String ref, TargetKind targetKind, String targetCode, Form form, String decidedBy,
		LocalDate decidedOn, LocalDate violationOn, String reason, LocalDate appealUntil, AppealView appeal,
		DisclosureView disclosure) {

	/** An appeal: when it was lodged, on what grounds, and by when it must be settled. */
	public record AppealView(LocalDate lodgedOn, String grounds, LocalDate settleBy) {
	}

	/** Disclosed on a date, or not for disclosure with the reason. */
	public record DisclosureView(Disclosure state, LocalDate disclosedOn, String note) {
	}
}
