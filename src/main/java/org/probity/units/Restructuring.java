package org.probity.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A restructuring as the API takes it: {@code from} the units that close (or the one that moves), {@code into} the
 * units that follow them, for a split the {@code custodian} among them that takes the records, for a move the new
 * {@code parentCode}.
 */
public record Restructuring(RestructuringKind kind, LocalDate effectiveOn, List<String> from, List<NewUnit> into,
		String custodian, String parentCode) {
}
