package org.probity.records;

/** Who signs a handover off: the unit that gives the records, or the unit that receives them. */
public enum HandoverSide {
	GIVER, RECEIVER
}
