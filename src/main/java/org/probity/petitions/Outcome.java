package org.probity.petitions;

/** The conclusion on a petition's substance. */
public enum Outcome {
	FOUNDED, PARTLY_FOUNDED, UNFOUNDED
}
