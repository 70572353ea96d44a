package org.probity.petitions;

/** Filters of an inbox; any part may be null. {@code overdue} keeps open petitions past their deadline. */
public record PetitionQuery(String unitCode, PetitionStatus status, PetitionKind kind, String assignedTo,
		boolean overdue) {

	public static PetitionQuery ofUnit(String unitCode) {
		return new PetitionQuery(unitCode, null, null, null, false);
	}
}
