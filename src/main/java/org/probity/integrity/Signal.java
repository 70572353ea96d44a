package org.probity.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;

/**
 * One warning about one subject. It owns its moves: acknowledged only while open, resolved only once; new evidence
 * about a resolved subject opens it again rather than raising a second signal.
 */
@Entity
@Table(name = "integrity_signals")
@Filter(name = Jurisdiction.FILTER, condition = "scope_path like :scope escape '!'")
class Signal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SignalKind kind;

	private String subjectKey;

	private String subjectLabel;

	private String unitCode;

	private String scopePath;

	@Enumerated(EnumType.STRING)
	private SignalState state;

	private LocalDate raisedOn;

	private LocalDate lastSeenOn;

	private String detail;

	private String acknowledgedBy;

	private Instant acknowledgedAt;

	private String acknowledgedNote;

	private String resolvedBy;

	private Instant resolvedAt;

	private String resolvedNote;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "integrity_signal_evidence", joinColumns = @JoinColumn(name = "signal_id"))
	@BatchSize(size = 50)
	private Set<Evidence> evidence = new LinkedHashSet<>();

	protected Signal() {
	}

	Signal(SignalKind kind, Subject subject, LocalDate today) {
		this.kind = kind;
		this.subjectKey = subject.key();
		this.subjectLabel = subject.label();
		this.unitCode = subject.unitCode();
		this.scopePath = subject.scopePath();
		this.state = SignalState.OPEN;
		this.raisedOn = today;
		this.lastSeenOn = today;
		this.updatedAt = Instant.now();
	}

	/** Adds what is new; returns whether anything was. A resolved signal with new evidence opens again. */
	boolean seen(Collection<Evidence> found, String detail, LocalDate today) {
		boolean grew = evidence.addAll(found);
		this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
		this.lastSeenOn = today;
		if (grew && state == SignalState.RESOLVED) {
			state = SignalState.OPEN;
		}
		this.updatedAt = Instant.now();
		return grew;
	}

	void acknowledge(String by, String note, Instant at) {
		if (state != SignalState.OPEN) {
			throw InvalidField.conflict("state", "only an open signal can be acknowledged; this one is " + state);
		}
		state = SignalState.ACKNOWLEDGED;
		acknowledgedBy = by;
		acknowledgedAt = at;
		acknowledgedNote = note;
		updatedAt = at;
	}

	void resolve(String by, String note, Instant at) {
		if (state == SignalState.RESOLVED) {
			throw InvalidField.conflict("state", "this signal is already resolved");
		}
		state = SignalState.RESOLVED;
		resolvedBy = by;
		resolvedAt = at;
		resolvedNote = note;
		updatedAt = at;
	}

	Long id() {
		return id;
	}

	SignalState state() {
		return state;
	}

	SignalView view() {
		return new SignalView(id, kind, subjectKey, subjectLabel, unitCode, state, raisedOn, lastSeenOn, detail,
				acknowledgedBy == null ? null : new SignalView.Move(acknowledgedBy, acknowledgedAt, acknowledgedNote),
				resolvedBy == null ? null : new SignalView.Move(resolvedBy, resolvedAt, resolvedNote),
				evidence.stream()
					.map(Evidence::view)
					.sorted(Comparator.comparing(EvidenceView::dated, Comparator.nullsLast(Comparator.reverseOrder())))
					.toList());
	}
}
