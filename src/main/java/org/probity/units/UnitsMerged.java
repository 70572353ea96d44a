package org.probity.units;

import java.time.LocalDate;
import java.util.List;

/** Units closed on the day before {@code effectiveOn}, followed by {@code into}, which takes custody of their records. */
public record UnitsMerged(List<UnitRef> merged, UnitRef into, LocalDate effectiveOn) {
}
