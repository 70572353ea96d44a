package org.probity.steering;

import java.time.Year;

import org.probity.shared.Jurisdiction;
import org.springframework.stereotype.Component;

/** Meetings of committees in the unit's subtree held in the year. */
@Component
class MeetingsHeldMeasure implements TargetMeasure {

	private final Meetings meetings;

	MeetingsHeldMeasure(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public String key() {
		return "MEETINGS_HELD";
	}

	@Override
	public long count(String unitCode, String unitPath, Year year) {
		return meetings.countHeld(Jurisdiction.subtreePattern(unitPath), year.atDay(1),
				year.atMonth(12).atEndOfMonth());
	}
}
