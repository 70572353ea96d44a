package org.probity.oversight;

import java.time.LocalDate;

import org.probity.units.UnitView;

/** One checked row of the {@code oversight} dataset: an activity's columns and one of its targets. */
record ActivityRow(String ref, ActivityType type, Body body, UnitView conductor, Programme programme,
		TargetKind targetKind, String targetCode, LocalDate startedOn, LocalDate concludedOn, Outcome outcome) {
}
