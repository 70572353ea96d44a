package org.probity.integrity;

/** OPEN until someone acknowledges it, then RESOLVED; each move records who, when and why. */
public enum SignalState {
	OPEN, ACKNOWLEDGED, RESOLVED
}
