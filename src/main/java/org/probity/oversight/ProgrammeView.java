package org.probity.oversight;

import java.time.LocalDate;

/** A programme with its progress against plan. */
public record ProgrammeView(String ref, String title, String unitCode, Body body, ProgrammeKind kind,
		LocalDate startsOn, LocalDate endsOn, PlanProgress progress) {
}
