package org.probity.oversight;

import java.time.LocalDate;

import org.probity.units.UnitView;

/**
 * One checked row of the {@code oversight} dataset: an activity's columns and one of its targets, with the path of
 * the target in the unit tree.
 */
record ActivityRow(String ref, ActivityType type, Body body, UnitView conductor, Programme programme,
		TargetKind targetKind, String targetCode, String targetPath, LocalDate startedOn, LocalDate concludedOn,
		Outcome outcome) {

	/** Names the target within its activity: rows repeating it update the same target. */
	String targetKey() {
		return ref + "|" + targetKind + "|" + targetCode;
	}
}
