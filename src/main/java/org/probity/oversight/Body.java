package org.probity.oversight;

/** Who conducts an activity: the party committee itself, or its inspection commission. */
public enum Body {
	COMMITTEE, INSPECTION_COMMISSION
}
