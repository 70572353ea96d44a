package org.probity.petitions;

import java.time.LocalDate;

/**
 * A petition was concluded; with {@code violation} the oversight and discipline modules may open an activity
 * "upon signs of violation" against the subject.
 */
public record PetitionConcluded(long petitionId, String reference, PetitionKind kind, Outcome outcome,
		boolean violation, String subjectName, String subjectUnitCode, String handlingUnit, LocalDate concludedOn) {
}
