package org.probity.steering;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;

/** What a committee directs someone to do by a date, for a case or a matter, until reported done. */
@Entity
@Table(name = "steering_directions")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class SteeringDirection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	private Long meetingId;

	@Enumerated(EnumType.STRING)
	private AssigneeKind assigneeKind;

	private String assigneeCode;

	private String content;

	private LocalDate issuedOn;

	private LocalDate dueOn;

	private String caseRef;

	@Enumerated(EnumType.STRING)
	private DirectionStatus status;

	private LocalDate doneOn;

	private String report;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	protected SteeringDirection() {
	}

	SteeringDirection(Committee committee, Long meetingId, AssigneeKind assigneeKind, String assigneeCode,
			String content, LocalDate issuedOn, LocalDate dueOn, String caseRef) {
		this.committeeId = committee.id();
		this.meetingId = meetingId;
		this.assigneeKind = assigneeKind;
		this.assigneeCode = assigneeCode;
		this.content = content;
		this.issuedOn = issuedOn;
		this.dueOn = dueOn;
		this.caseRef = caseRef;
		this.status = DirectionStatus.OPEN;
		this.scopePath = committee.scopePath();
		this.updatedAt = Instant.now();
	}

	void done(LocalDate on, String report) {
		if (status == DirectionStatus.DONE) {
			throw InvalidField.conflict("status", "the direction was already reported done on " + doneOn);
		}
		if (on.isBefore(issuedOn)) {
			throw new InvalidField("doneOn", "is before the direction was issued on " + issuedOn);
		}
		this.status = DirectionStatus.DONE;
		this.doneOn = on;
		this.report = report;
		this.updatedAt = Instant.now();
	}

	/** Overdue from the day after the due date while still open. */
	boolean overdueOn(LocalDate today) {
		return status == DirectionStatus.OPEN && dueOn.isBefore(today);
	}

	long id() {
		return id;
	}

	DirectionView view(LocalDate today) {
		return new DirectionView(id, committeeId, meetingId, assigneeKind, assigneeCode, content, issuedOn, dueOn,
				caseRef, status, doneOn, report, overdueOn(today));
	}
}
