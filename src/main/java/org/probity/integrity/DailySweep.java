package org.probity.integrity;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.probity.shared.Jurisdiction;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, on one node only, the signals that time alone brings about: overdue work, violations near their
 * statute of limitations, stuck cases, and units and members nobody reached for years. Each looks only at
 * candidates found by indexed queries; running it twice on a day adds nothing.
 */
@Component
public class DailySweep {

	private final DeadlineSignals deadlines;

	private final CoverageSignals coverage;

	private final Clock clock;

	DailySweep(DeadlineSignals deadlines, CoverageSignals coverage, Clock clock) {
		this.deadlines = deadlines;
		this.coverage = coverage;
		this.clock = clock;
	}

	@Scheduled(cron = "${probity.signals.sweep-cron}")
	@SchedulerLock(name = "integrity-signals", lockAtMostFor = "PT1H")
	void morning() {
		run(LocalDate.now(clock));
	}

	/** Returns how many signals were raised or got new evidence. */
	public int run(LocalDate today) {
		return Jurisdiction.asSystem(() -> deadlines.overdue(today) + deadlines.statute(today) + deadlines.stuck(today)
				+ coverage.uninspected(today));
	}
}
