package org.probity.cases;

import java.time.LocalDate;

/** A steering committee (a unit) took a case under its monitoring and direction. */
public record CasePlacedUnderMonitoring(long caseId, String reference, String committeeCode, LocalDate placedOn,
		String reason) {
}
