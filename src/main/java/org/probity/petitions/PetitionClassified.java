package org.probity.petitions;

import java.time.LocalDate;

/** A petition was given its topic; hot-spot watchers count topics per commune from it. */
public record PetitionClassified(long petitionId, String reference, Topic topic, LocalDate receivedOn,
		String subjectUnitCode, String handlingUnit) {
}
