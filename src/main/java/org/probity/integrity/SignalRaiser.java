package org.probity.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Jurisdiction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises a signal, or adds to the one already standing for the same kind and subject. Watchers call it as the
 * system: a signal is raised whoever's action brought it about.
 */
@Component
class SignalRaiser {

	private final Signals signals;

	private final Clock clock;

	SignalRaiser(Signals signals, Clock clock) {
		this.signals = signals;
		this.clock = clock;
	}

	/** Returns true when a signal was raised or got new evidence. */
	@Transactional(propagation = Propagation.REQUIRED)
	boolean raise(SignalKind kind, Subject subject, List<Evidence> evidence, String detail) {
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
