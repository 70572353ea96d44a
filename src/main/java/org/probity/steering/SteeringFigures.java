package org.probity.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's steering figures for committees in a unit's subtree over a window (both ends included), each with
 * the list of records it counts. Meetings count by the day held, directions by the day issued, tasks done by the day
 * done. "Overdue" looks at the directions issued (tasks assigned) in the window and counts those past due and not
 * done as of the window's last day, or today if that is earlier, so a figure for the current year matches what the
 * committee's page shows.
 */
@Service
@Transactional(readOnly = true)
public class SteeringFigures {

	private final Meetings meetings;

	private final SteeringDirections directions;

	private final SteeringTasks tasks;

	private final UnitManagement units;

	private final Clock clock;

	SteeringFigures(Meetings meetings, SteeringDirections directions, SteeringTasks tasks, UnitManagement units,
			Clock clock) {
		this.meetings = meetings;
		this.directions = directions;
		this.tasks = tasks;
		this.units = units;
		this.clock = clock;
	}

	public record Figures(long meetingsHeld, Map<MeetingKind, Long> meetingsByKind, long directionsIssued,
			long directionsOverdue, long tasksDone, long tasksOverdue) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		String path = subtree(unitCode, from, to);
		Map<MeetingKind, Long> byKind = new EnumMap<>(MeetingKind.class);
		for (MeetingKind kind : MeetingKind.values()) {
			byKind.put(kind, 0L);
		}
		for (Object[] row : meetings.countHeldByKind(path, from, to)) {
			byKind.put((MeetingKind) row[0], (Long) row[1]);
		}
		LocalDate asOf = asOf(to);
		return new Figures(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind,
				directions.countIssued(path, from, to), directions.countOverdue(path, from, to, asOf),
				tasks.countDone(path, from, to), tasks.countOverdue(path, from, to, asOf));
	}

	public List<MeetingView> meetingsHeld(String unitCode, LocalDate from, LocalDate to) {
		return meetings.held(subtree(unitCode, from, to), from, to).stream().map(Meeting::view).toList();
	}

	public List<DirectionView> directionsIssued(String unitCode, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		return directions.issued(subtree(unitCode, from, to), from, to).stream().map(d -> d.view(today)).toList();
	}

	public List<DirectionView> directionsOverdue(String unitCode, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		return directions.overdue(subtree(unitCode, from, to), from, to, asOf(to))
			.stream()
			.map(d -> d.view(today))
			.toList();
	}

	public List<TaskView> tasksDone(String unitCode, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		return tasks.done(subtree(unitCode, from, to), from, to).stream().map(t -> t.view(today)).toList();
	}

	public List<TaskView> tasksOverdue(String unitCode, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		return tasks.overdue(subtree(unitCode, from, to), from, to, asOf(to)).stream().map(t -> t.view(today)).toList();
	}

	private LocalDate asOf(LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		return to.isBefore(today) ? to : today;
	}

	private String subtree(String unitCode, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidField(from == null ? "from" : "to", "is required");
		}
		if (to.isBefore(from)) {
			throw new InvalidField("to", "is before from");
		}
		return Jurisdiction.subtreePattern(units.pathOf(unitCode));
	}
}
