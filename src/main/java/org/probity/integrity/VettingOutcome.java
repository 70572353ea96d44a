package org.probity.integrity;

/** The verdict of a vetting, recorded with its reasons. */
public enum VettingOutcome {
	CLEARED, NOT_CLEARED, NEEDS_REVIEW
}
