package org.probity.steering;

import java.time.LocalDate;

/**
 * A task to assign. Given a {@code conclusionId} it comes from that meeting conclusion, given a {@code groupId}
 * from that work programme group (the committee then follows from either); otherwise it is a standalone task of
 * {@code committeeId}. Assigned today when {@code assignedOn} is left out.
 */
public record NewTask(Long committeeId, String title, AssigneeKind ownerKind, String ownerCode,
		LocalDate assignedOn, LocalDate deadline, Long conclusionId, Long groupId) {
}
