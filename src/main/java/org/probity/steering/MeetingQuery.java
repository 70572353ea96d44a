package org.probity.steering;

import java.time.LocalDate;

/** Filters for meetings; each may be left out. {@code unitCode} takes the unit's whole subtree. */
public record MeetingQuery(Long committeeId, String unitCode, MeetingKind kind, LocalDate from, LocalDate to) {
}
