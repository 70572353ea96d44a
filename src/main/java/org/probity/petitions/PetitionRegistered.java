package org.probity.petitions;

import java.time.LocalDate;

/**
 * A petition was registered, from any channel or an import. {@code subjectKey} is the folded name of the official it
 * is about (empty when nobody is named), so listeners can tell repeats about one person apart without reading the
 * text; the petitioners are never part of it.
 */
public record PetitionRegistered(long petitionId, String reference, PetitionKind kind, Channel channel,
		LocalDate receivedOn, String subjectName, String subjectKey, String subjectUnitCode, String handlingUnit) {
}
