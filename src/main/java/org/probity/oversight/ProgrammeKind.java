package org.probity.oversight;

/** A programme for the body's whole term (five years at most) or for one year. */
public enum ProgrammeKind {
	TERM, ANNUAL
}
