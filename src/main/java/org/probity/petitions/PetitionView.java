package org.probity.petitions;

import java.time.LocalDate;

import org.probity.petitions.clock.Complexity;

/** A petition as the API and pages show it: never the petitioners' identities. */
public record PetitionView(long id, String reference, PetitionKind kind, Channel channel, LocalDate receivedOn,
		String receivedBy, boolean anonymous, int petitionerCount, boolean collective, String subjectName,
		String subjectUnitCode, String content, Topic topic, Complexity complexity, PetitionStatus status,
		String handlingUnit, String assignedTo, LocalDate dueOn, int extensions, Outcome outcome, boolean violation,
		String response, Long duplicateOf, Long matterId) {
}
