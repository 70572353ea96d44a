package org.probity.units;

import java.time.LocalDate;

/** One unit followed by another from a date on. */
public record Succession(UnitView unit, SuccessionKind kind, LocalDate effectiveOn) {
}
