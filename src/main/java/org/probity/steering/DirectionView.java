package org.probity.steering;

import java.time.LocalDate;

/** A direction as read on a given day: {@code overdue} when still open and its due date has passed. */
public record DirectionView(long id, long committeeId, Long meetingId, AssigneeKind assigneeKind,
		String assigneeCode, String content, LocalDate issuedOn, LocalDate dueOn, String caseRef,
		DirectionStatus status, LocalDate doneOn, String report, boolean overdue) {
}
