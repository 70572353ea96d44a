package org.probity.oversight;

import java.time.LocalDate;

/**
 * What to list: a unit's subtree of conducting bodies, a type, a body, a programme, activities with a target of a
 * kind, and a window of start dates (both ends included). Any part may be null.
 */
public record ActivityQuery(String unitCode, ActivityType type, Body body, Programme programme,
		TargetKind targetKind, LocalDate from, LocalDate to) {

	public ActivityQuery(String unitCode, ActivityType type, Body body, Programme programme) {
		this(unitCode, type, body, programme, null, null, null);
	}

	public static ActivityQuery ofUnit(String unitCode) {
		return new ActivityQuery(unitCode, null, null, null);
	}
}
