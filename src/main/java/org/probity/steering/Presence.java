package org.probity.steering;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Whether a member serving on the meeting's day was there. */
@Embeddable
class Presence {

	@ManyToOne(optional = false)
	@JoinColumn(name = "member_id")
	private CommitteeMember member;

	private boolean present;

	protected Presence() {
	}

	Presence(CommitteeMember member, boolean present) {
		this.member = member;
		this.present = present;
	}

	MeetingView.Attendance view() {
		return new MeetingView.Attendance(member.id(), member.fullName(), present);
	}
}
