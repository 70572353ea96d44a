package org.probity.oversight;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;

/**
 * A remedial action recommended by a conclusion, with its owner and deadline, followed up until done. Its
 * {@code scopePath} is the concluding body's, which does the following up.
 */
@Entity
@Table(name = "oversight_remedial_actions")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class RemedialAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	private String scopePath;

	@Column(name = "action_text")
	private String action;

	@Enumerated(EnumType.STRING)
	private TargetKind ownerKind;

	private String ownerCode;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private RemedialStatus status;

	private LocalDate doneOn;

	private String doneNote;

	private Instant updatedAt;

	@Version
	private int version;

	protected RemedialAction() {
	}

	RemedialAction(Activity activity, NewRemedialAction action) {
		this.activity = activity;
		this.scopePath = activity.scopePath();
		this.action = action.action();
		this.ownerKind = action.ownerKind();
		this.ownerCode = action.ownerCode();
		this.dueOn = action.dueOn();
		this.status = RemedialStatus.OPEN;
		this.updatedAt = Instant.now();
	}

	/** Done once, on a day between the conclusion and today. */
	void done(LocalDate on, String note, LocalDate today) {
		if (status == RemedialStatus.DONE) {
			throw InvalidField.conflict("doneOn", "the action was already done on " + doneOn);
		}
		LocalDate concluded = activity.concludedOn();
		if (on == null || on.isAfter(today) || concluded != null && on.isBefore(concluded)) {
			throw new InvalidField("doneOn", "must be a date from the conclusion of " + concluded + " to today");
		}
		String text = Texts.blankToNull(note);
		if (text != null && text.length() > 4000) {
			throw new InvalidField("note", "is longer than 4000 characters");
		}
		this.status = RemedialStatus.DONE;
		this.doneOn = on;
		this.doneNote = text;
		this.updatedAt = Instant.now();
	}

	RemedialActionView view(LocalDate today) {
		return new RemedialActionView(id, activity.ref(), action, ownerKind, ownerCode, dueOn, status, doneOn,
				doneNote, status == RemedialStatus.OPEN && dueOn.isBefore(today));
	}
}
