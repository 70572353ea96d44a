package org.probity.steering;

import java.time.LocalDate;
import java.util.List;

/** A task as read on a given day: {@code overdue} when still open and its deadline has passed. */
public record TaskView(long id, long committeeId, String title, AssigneeKind ownerKind, String ownerCode,
		LocalDate assignedOn, LocalDate deadline, TaskStatus status, LocalDate doneOn, TaskOrigin origin,
		Long conclusionId, Long groupId, List<ProgressNote> notes, boolean overdue) {
}
