package org.probity.oversight;

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

/** A unit or person an activity looks at, with what the activity concluded about it. */
@Entity
@Table(name = "oversight_targets")
class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_kind")
	private TargetKind kind;

	@Column(name = "target_code")
	private String code;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	/** Where the target sat in the unit tree when recorded; null for a unit no longer known. */
	@Column(name = "target_path")
	private String path;

	protected Target() {
	}

	Target(Activity activity, TargetKind kind, String code, String path) {
		this.activity = activity;
		this.kind = kind;
		this.code = code;
		this.path = path;
	}

	TargetRef ref() {
		return new TargetRef(kind, code);
	}

	void concluded(Outcome outcome) {
		this.outcome = outcome;
	}

	Activity activity() {
		return activity;
	}

	TargetView view() {
		return new TargetView(kind, code, outcome);
	}
}
