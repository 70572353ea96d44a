package org.probity.oversight;

import java.time.LocalDate;

/** An activity as other modules and the API read it; {@code concludedOn} is null while it is open. */
public record ActivityView(String ref, ActivityType type, Body body, String conductedBy, Programme programme,
		LocalDate startedOn, LocalDate concludedOn, String theme, String findings, int targetCount) {
}
