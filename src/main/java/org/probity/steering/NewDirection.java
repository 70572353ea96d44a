package org.probity.steering;

import java.time.LocalDate;

/**
 * What a committee directs, to whom and by when; {@code caseRef} names a corruption case when the direction is
 * about one, {@code meetingId} the meeting that gave it, if any. Issued today when {@code issuedOn} is left out.
 */
public record NewDirection(Long committeeId, Long meetingId, AssigneeKind assigneeKind, String assigneeCode,
		String content, LocalDate issuedOn, LocalDate dueOn, String caseRef) {
}
