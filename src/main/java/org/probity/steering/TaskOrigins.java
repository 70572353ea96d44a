package org.probity.steering;

import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Finds the committee a new task belongs to: the committee of its meeting conclusion or programme group, or the one
 * named. Given both, they must agree.
 */
@Component
class TaskOrigins {

	private final Committees committees;

	private final Meetings meetings;

	private final WorkProgrammes programmes;

	TaskOrigins(Committees committees, Meetings meetings, WorkProgrammes programmes) {
		this.committees = committees;
		this.meetings = meetings;
		this.programmes = programmes;
	}

	Committee committee(long id) {
		return committees.require(id);
	}

	Committee of(NewTask task) {
		if (task.conclusionId() != null && task.groupId() != null) {
			throw new InvalidField("groupId", "a task comes from a conclusion or a programme group, not both");
		}
		Long committeeId = task.committeeId();
		if (task.conclusionId() != null) {
			committeeId = agree(committeeId, meetings.findByConclusion(task.conclusionId())
				.orElseThrow(() -> new InvalidField("conclusionId", "is not a conclusion in your jurisdiction"))
				.committeeId());
		}
		else if (task.groupId() != null) {
			committeeId = agree(committeeId, programmes.findByGroup(task.groupId())
				.orElseThrow(() -> new InvalidField("groupId", "is not a programme group in your jurisdiction"))
				.committeeId());
		}
		return committees.require(committeeId);
	}

	private static long agree(Long named, long found) {
		if (named != null && named != found) {
			throw new InvalidField("committeeId", "is not the committee of the task's origin (" + found + ")");
		}
		return found;
	}
}
