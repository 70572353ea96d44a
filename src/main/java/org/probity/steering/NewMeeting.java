package org.probity.steering;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting held: its agenda items, the ids of the members present (every other member serving that day is
 * recorded absent) and its conclusions, in order.
 */
public record NewMeeting(Long committeeId, MeetingKind kind, LocalDate heldOn, List<String> agenda,
		List<Long> present, List<String> conclusions) {
}
