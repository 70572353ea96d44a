package org.probity.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A signal with its evidence and the record of who acknowledged and resolved it. */
public record SignalView(long id, SignalKind kind, String subjectKey, String subject, String unitCode,
		SignalState state, LocalDate raisedOn, LocalDate lastSeenOn, String detail, Move acknowledged, Move resolved,
		List<EvidenceView> evidence) {

	/** Who moved the signal, when, and their note. */
	public record Move(String by, Instant at, String note) {
	}
}
