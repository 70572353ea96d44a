package org.probity.cases;

/**
 * The stages of a case, in the order they come. A case moves only forward and may skip a stage (an incident
 * verified by the police goes straight to investigation; most cases have no appeal), but a trial needs an
 * indictment and an appeal or enforcement needs a first-instance judgment.
 */
public enum Stage {

	DETECTED, VERIFYING, INVESTIGATING, PROSECUTED, FIRST_INSTANCE_TRIAL, APPEAL_TRIAL, ENFORCEMENT, CLOSED;

	/** The stage the case must have reached before this one; null when any earlier stage will do. */
	public Stage prerequisite() {
		return switch (this) {
			case FIRST_INSTANCE_TRIAL -> PROSECUTED;
			case APPEAL_TRIAL, ENFORCEMENT -> FIRST_INSTANCE_TRIAL;
			default -> null;
		};
	}
}
