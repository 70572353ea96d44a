package org.probity.petitions;

import java.util.Set;

/** Where a petition stands; {@link #open()} ones run against a statutory clock. */
public enum PetitionStatus {
	RECEIVED, CLASSIFIED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, VERIFYING, CONCLUDED, RESPONDED, CLOSED;

	static final Set<PetitionStatus> OPEN = Set.of(RECEIVED, CLASSIFIED, TRANSFERRED, ACCEPTED, VERIFYING);

	public boolean open() {
		return OPEN.contains(this);
	}

	/** Handled: settled one way or another (the report's "handled" figure). */
	public boolean handled() {
		return this == NOT_ACCEPTED || this == CONCLUDED || this == RESPONDED || this == CLOSED;
	}
}
