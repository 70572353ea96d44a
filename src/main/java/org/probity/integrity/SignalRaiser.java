package org.probity.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Jurisdiction;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a signal, or adds to the one already standing for the same kind and subject. Watchers call it as the
 * system: a signal is raised whoever's action brought it about. Events are handled on several threads at once, so
 * two may raise or extend the same signal together: each raise commits on its own, and the one that loses the race
 * (on the unique key or the version) adds its evidence to the winner's signal instead.
 */
@Component
class SignalRaiser {

	/** Enough for the handful of threads that may handle events about one subject at once. */
	static final int ATTEMPTS = 8;

	private final Signals signals;

	private final Clock clock;

	private final TransactionTemplate alone;

	SignalRaiser(Signals signals, Clock clock, PlatformTransactionManager transactions) {
		this.signals = signals;
		this.clock = clock;
		this.alone = new TransactionTemplate(transactions);
		this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Returns true when a signal was raised or got new evidence. */
	boolean raise(SignalKind kind, Subject subject, List<Evidence> evidence, String detail) {
		for (int attempt = 1;; attempt++) {
			try {
				return alone.execute(status -> once(kind, subject, evidence, detail));
			}
			catch (DataIntegrityViolationException | OptimisticLockingFailureException raisedMeanwhile) {
				if (attempt == ATTEMPTS) {
					throw raisedMeanwhile;
				}
			}
		}
	}

	private boolean once(SignalKind kind, Subject subject, List<Evidence> evidence, String detail) {
		LocalDate today = LocalDate.now(clock);
		return Jurisdiction.asSystem(() -> {
			Signal signal = signals.findByKindAndSubjectKey(kind, subject.key()).orElse(null);
			if (signal == null) {
				signal = signals.save(new Signal(kind, subject, today));
				signal.seen(evidence, detail, today);
				return true;
			}
			return signal.seen(evidence, detail, today);
		});
	}
}
