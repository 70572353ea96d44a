package org.probity.oversight;

/** An activity looks at an organisation or at one person. */
public enum TargetKind {
	UNIT, PERSON
}
