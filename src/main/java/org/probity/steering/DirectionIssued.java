package org.probity.steering;

import java.time.LocalDate;

public record DirectionIssued(long directionId, long committeeId, AssigneeKind assigneeKind, String assigneeCode,
		LocalDate dueOn, String caseRef) {
}
