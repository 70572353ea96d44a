package org.probity.cases;

import java.time.LocalDate;

/** A case was opened in a unit; {@code originActivity} or {@code originPetition} name where it came from. */
public record CaseOpened(long caseId, String reference, CaseKind kind, String unitCode, CaseField field,
		LocalDate detectedOn, Origin origin, String originActivity, Long originPetition) {
}
