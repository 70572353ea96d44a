package org.probity.records;

/** Where a handover stands: waiting for the giver, then the receiver, who accepts it or lists discrepancies. */
public enum HandoverStatus {
	AWAITING_GIVER, AWAITING_RECEIVER, ACCEPTED, DISPUTED
}
