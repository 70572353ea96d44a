package org.probity.petitions;

import java.time.LocalDate;

/**
 * Filters of an inbox; any part may be null. {@code overdue} keeps open petitions past their deadline,
 * {@code handled} those settled one way or another, {@code from}/{@code to} a window of receipt dates (both ends
 * included), and {@code matters} one petition per matter: the first received in the list, so the list counts
 * matters as the report does.
 */
public record PetitionQuery(String unitCode, PetitionStatus status, PetitionKind kind, String assignedTo,
		boolean overdue, LocalDate from, LocalDate to, boolean handled, boolean matters) {

	public PetitionQuery(String unitCode, PetitionStatus status, PetitionKind kind, String assignedTo,
			boolean overdue) {
		this(unitCode, status, kind, assignedTo, overdue, null, null, false, false);
	}

	public static PetitionQuery ofUnit(String unitCode) {
		return new PetitionQuery(unitCode, null, null, null, false);
	}
}
