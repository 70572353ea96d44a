package org.probity.steering;

/** Filters for directions; each may be left out. {@code overdue} true keeps only overdue ones. */
public record DirectionQuery(Long committeeId, String unitCode, DirectionStatus status, boolean overdue,
		String caseRef) {
}
