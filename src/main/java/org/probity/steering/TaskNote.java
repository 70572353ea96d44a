package org.probity.steering;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

@Embeddable
class TaskNote {

	private LocalDate notedOn;

	private String note;

	private String notedBy;

	protected TaskNote() {
	}

	TaskNote(LocalDate notedOn, String note, String notedBy) {
		this.notedOn = notedOn;
		this.note = note;
		this.notedBy = notedBy;
	}

	ProgressNote view() {
		return new ProgressNote(notedOn, note, notedBy);
	}
}
