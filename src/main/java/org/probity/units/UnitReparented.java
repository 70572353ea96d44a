package org.probity.units;

import java.time.LocalDate;

/**
 * A unit placed under another parent from {@code effectiveOn}; its code stays, so its records and custody go with it
 * ({@link UnitMoved} tells the modules to rewrite their path copies).
 */
public record UnitReparented(String code, String oldParentCode, String newParentCode, String oldPath, String newPath,
		LocalDate effectiveOn) {
}
