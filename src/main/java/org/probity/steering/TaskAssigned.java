package org.probity.steering;

import java.time.LocalDate;

public record TaskAssigned(long taskId, long committeeId, AssigneeKind ownerKind, String ownerCode,
		LocalDate deadline) {
}
