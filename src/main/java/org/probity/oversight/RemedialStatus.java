package org.probity.oversight;

/** A remedial action is followed up until it is done. */
public enum RemedialStatus {
	OPEN, DONE
}
