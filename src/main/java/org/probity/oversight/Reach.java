package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * How often one unit or member was the target of activities started in a period: inspections and supervisions,
 * by committees and by inspection commissions, by which conducting units, and the latest start.
 */
public record Reach(long inspections, long supervisions, long byCommittees, long byCommissions, List<String> bodies,
		LocalDate lastOn, CoverageState state) {

	static final Reach NONE = new Reach(0, 0, 0, 0, List.of(), null, CoverageState.NEVER);

	public long times() {
		return inspections + supervisions;
	}

	Reach plus(CoverageCounts.Count count) {
		boolean inspection = count.type() == ActivityType.INSPECTION;
		boolean committee = count.body() == Body.COMMITTEE;
		List<String> by = bodies.contains(count.conductedBy()) ? bodies
				: Stream.concat(bodies.stream(), Stream.of(count.conductedBy())).sorted().toList();
		LocalDate last = lastOn == null || count.lastOn().isAfter(lastOn) ? count.lastOn() : lastOn;
		long inspections = this.inspections + (inspection ? count.times() : 0);
		long supervisions = this.supervisions + (inspection ? 0 : count.times());
		return new Reach(inspections, supervisions, byCommittees + (committee ? count.times() : 0),
				byCommissions + (committee ? 0 : count.times()), by, last, CoverageState.of(inspections + supervisions));
	}
}
