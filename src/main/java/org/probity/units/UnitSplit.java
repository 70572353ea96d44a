package org.probity.units;

import java.time.LocalDate;
import java.util.List;

/** A unit closed on the day before {@code effectiveOn}, followed by {@code into}; {@code custodian} takes its records. */
public record UnitSplit(UnitRef split, List<UnitRef> into, UnitRef custodian, LocalDate effectiveOn) {
}
