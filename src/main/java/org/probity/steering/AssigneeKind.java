package org.probity.steering;

/** Whom a direction is addressed to, or who owns a task: a unit or a person, named by code. */
public enum AssigneeKind {
	UNIT, PERSON
}
