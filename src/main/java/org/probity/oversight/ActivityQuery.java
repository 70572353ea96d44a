package org.probity.oversight;

/** What to list: a unit's subtree of conducting bodies, a type, a body, a programme. Any part may be null. */
public record ActivityQuery(String unitCode, ActivityType type, Body body, Programme programme) {

	public static ActivityQuery ofUnit(String unitCode) {
		return new ActivityQuery(unitCode, null, null, null);
	}
}
