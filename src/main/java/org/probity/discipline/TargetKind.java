package org.probity.discipline;

/** Who is disciplined: a party organisation (unit) or a member (person). */
public enum TargetKind {
	UNIT, PERSON
}
