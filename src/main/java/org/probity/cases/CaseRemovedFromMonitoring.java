package org.probity.cases;

import java.time.LocalDate;

/** A steering committee ended its monitoring of a case. */
public record CaseRemovedFromMonitoring(long caseId, String reference, String committeeCode, LocalDate removedOn,
		String reason) {
}
