package org.probity.oversight;

import java.time.LocalDate;

/**
 * A planned item with what the records say of it: the activity linked to it (or matched by body, type, target and
 * period), when that started and concluded, and whether the item is overdue (not concluded by its due date).
 */
public record PlannedItemView(long id, TargetKind targetKind, String targetCode, ActivityType type, Theme theme,
		String resolution, LocalDate dueBy, boolean linked, String activityRef, LocalDate startedOn,
		LocalDate concludedOn, ItemState state, boolean overdue) {
}
