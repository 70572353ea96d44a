package org.probity.units;

import java.time.LocalDate;
import java.util.List;

/** What a restructuring did: the units it closed and opened, or the unit it moved and its new path. */
public record Restructured(RestructuringKind kind, LocalDate effectiveOn, List<String> closed, List<String> opened,
		String custodian, String movedTo) {
}
