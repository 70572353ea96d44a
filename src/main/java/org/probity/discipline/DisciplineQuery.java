package org.probity.discipline;

import java.time.LocalDate;

/**
 * What to list: decisions on targets in a unit's subtree, of a form, on a kind of target, decided in a window (both
 * ends included). Any part may be null.
 */
public record DisciplineQuery(String unitCode, Form form, TargetKind targetKind, LocalDate from, LocalDate to) {

	public DisciplineQuery(String unitCode, Form form, TargetKind targetKind) {
		this(unitCode, form, targetKind, null, null);
	}

	public static DisciplineQuery all() {
		return new DisciplineQuery(null, null, null);
	}
}
