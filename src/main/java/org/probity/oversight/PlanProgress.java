package org.probity.oversight;

import java.util.Collection;

/**
 * Planned against done, counted from the items: started (an activity has begun, concluded or not), concluded, and
 * overdue (not concluded by the due date).
 */
public record PlanProgress(long planned, long started, long concluded, long overdue) {

	static PlanProgress of(Collection<PlannedItemView> items) {
		return new PlanProgress(items.size(), items.stream().filter(item -> item.state() != ItemState.PLANNED).count(),
				items.stream().filter(item -> item.state() == ItemState.CONCLUDED).count(),
				items.stream().filter(PlannedItemView::overdue).count());
	}

	PlanProgress plus(PlanProgress other) {
		return new PlanProgress(planned + other.planned, started + other.started, concluded + other.concluded,
				overdue + other.overdue);
	}

	/** Whole percent of the plan concluded; 0 for an empty plan. */
	public int percentConcluded() {
		return planned == 0 ? 0 : (int) (concluded * 100 / planned);
	}
}
