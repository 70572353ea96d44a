package org.probity.reports;

import org.probity.steering.SteeringFigures;

/**
 * The report's steering figures: meetings held, directions issued and tasks done in the window by committees in the
 * subtree, and of the directions and tasks of the window those overdue (see {@link SteeringFigures}).
 */
public record SteeringCounts(long meetings, long directions, long directionsOverdue, long tasksDone,
		long tasksOverdue) {

	static SteeringCounts of(SteeringFigures.Figures figures) {
		return new SteeringCounts(figures.meetingsHeld(), figures.directionsIssued(), figures.directionsOverdue(),
				figures.tasksDone(), figures.tasksOverdue());
	}

	/** The figure's key in the report, and the name of its list in the steering module. */
	static final String[][] LISTS = { { "steering.meetings", "meetings-held" },
			{ "steering.directions", "directions-issued" }, { "steering.directionsOverdue", "directions-overdue" },
			{ "steering.tasksDone", "tasks-done" }, { "steering.tasksOverdue", "tasks-overdue" } };
}
