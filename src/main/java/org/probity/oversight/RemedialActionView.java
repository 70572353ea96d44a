package org.probity.oversight;

import java.time.LocalDate;

/** A remedial action as the follow-up list shows it; {@code overdue} when still open after its deadline. */
public record RemedialActionView(long id, String activityRef, String action, TargetKind ownerKind, String ownerCode,
		LocalDate dueOn, RemedialStatus status, LocalDate doneOn, String doneNote, boolean overdue) {
}
