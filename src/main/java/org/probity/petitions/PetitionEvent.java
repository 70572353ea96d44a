package org.probity.petitions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a petition's timeline. */
@Entity
@Table(name = "petition_events")
class PetitionEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long petitionId;

	private Instant at;

	private String actor;

	private String action;

	@Enumerated(EnumType.STRING)
	private PetitionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private PetitionStatus toStatus;

	private String note;

	protected PetitionEvent() {
	}

	PetitionEvent(Long petitionId, String actor, Move move) {
		this.petitionId = petitionId;
		this.at = Instant.now();
		this.actor = actor;
		this.action = move.action();
		this.fromStatus = move.from();
		this.toStatus = move.to();
		this.note = move.note() == null ? null : move.note().length() > 4000 ? move.note().substring(0, 4000) : move.note();
	}

	TimelineEntry view() {
		return new TimelineEntry(at, actor, action, fromStatus, toStatus, note);
	}
}
