package org.probity.discipline;

/** The administrative discipline that follows a party decision: awaited, or decided by the authority. */
public enum AdministrativeStatus {
	PENDING, DECIDED
}
