package org.probity.petitions.clock;

/** A step of handling a petition that the law puts a time limit on. */
public enum Stage {
	/** Acknowledging receipt to the reporter (EU Whistleblower Directive). */
	ACKNOWLEDGEMENT,
	/** Deciding to accept or refuse the petition, or classifying it. */
	ACCEPTANCE,
	/** Settling the petition, or giving the reporter feedback. */
	SETTLEMENT
}
