package org.probity.oversight;

/** What an activity concluded about one target. */
public enum Outcome {
	NO_VIOLATION, SHORTCOMINGS, VIOLATION
}
