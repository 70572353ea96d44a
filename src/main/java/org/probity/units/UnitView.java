package org.probity.units;

import java.time.LocalDate;

/** A unit as other modules and the API read it. */
public record UnitView(String code, String name, UnitKind kind, String parentCode, String path, int depth,
		LocalDate validFrom, LocalDate validTo) {

	public boolean activeOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
