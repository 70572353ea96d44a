package org.probity.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One numbered conclusion of a meeting; tasks may be assigned from it. */
@Entity(name = "SteeringConclusion")
@Table(name = "steering_conclusions")
class Conclusion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "item_no")
	private int number;

	private String content;

	protected Conclusion() {
	}

	Conclusion(Meeting meeting, int number, String content) {
		this.meeting = meeting;
		this.number = number;
		this.content = content;
	}

	String content() {
		return content;
	}

	Meeting meeting() {
		return meeting;
	}

	MeetingView.ConclusionView view() {
		return new MeetingView.ConclusionView(id, number, content);
	}
}
