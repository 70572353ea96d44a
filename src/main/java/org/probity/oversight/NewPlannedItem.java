package org.probity.oversight;

import java.time.LocalDate;

/** One planned inspection or supervision; {@code resolution} names the resolution whose implementation is looked at. */
public record NewPlannedItem(TargetKind targetKind, String targetCode, ActivityType type, Theme theme,
		String resolution, LocalDate dueBy) {
}
