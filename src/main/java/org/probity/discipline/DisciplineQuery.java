package org.probity.discipline;

/** What to list: decisions on targets in a unit's subtree, of a form, on a kind of target. Any part may be null. */
public record DisciplineQuery(String unitCode, Form form, TargetKind targetKind) {

	public static DisciplineQuery all() {
		return new DisciplineQuery(null, null, null);
	}
}
