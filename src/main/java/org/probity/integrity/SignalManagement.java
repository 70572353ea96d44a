package org.probity.integrity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.persistence.criteria.Predicate;
import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the signals within the reader's jurisdiction and records who acknowledged and resolved them. */
@Service
@Transactional(readOnly = true)
public class SignalManagement {

	public static final int PAGE_SIZE = 20;

	static final String[] HANDLERS = { "ADMIN", "LEADER", "OFFICER" };

	private final Signals signals;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignalManagement(Signals signals, UnitManagement units, ApplicationEventPublisher events, Clock clock) {
		this.signals = signals;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/** Open ones first, then the latest seen. */
	public Page<SignalView> list(SignalQuery query, int page) {
		String path = Texts.blankToNull(query.unitCode()) == null ? null : units.pathOf(query.unitCode().strip());
		Specification<Signal> where = (root, cq, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (query.kind() != null) {
				all.add(cb.equal(root.get("kind"), query.kind()));
			}
			if (query.state() != null) {
				all.add(cb.equal(root.get("state"), query.state()));
			}
			if (path != null) {
				all.add(cb.like(root.get("scopePath"), Jurisdiction.subtreePattern(path), '!'));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		PageRequest request = PageRequest.of(Math.clamp(page, 0, Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE,
				Sort.by(Sort.Order.asc("state"), Sort.Order.desc("lastSeenOn"), Sort.Order.desc("id")));
		return signals.findAll(where, request).map(Signal::view);
	}

	public Optional<SignalView> find(long id) {
		return signals.findById(id).map(Signal::view);
	}

	@Transactional
	public SignalView acknowledge(long id, String note) {
		return move(id, "ACKNOWLEDGE", note, (signal, text) -> signal.acknowledge(Actors.username(), text,
				clock.instant()));
	}

	@Transactional
	public SignalView resolve(long id, String note) {
		return move(id, "RESOLVE", note, (signal, text) -> signal.resolve(Actors.username(), text, clock.instant()));
	}

	private SignalView move(long id, String action, String note,
			BiConsumer<Signal, String> change) {
		Signal signal = signals.findById(id).orElseThrow(() -> new NotFound("No signal " + id + " in your jurisdiction"));
		if (!Actors.hasAnyRole(HANDLERS)) {
			throw new AccessDeniedException("Your role may not handle signals");
		}
		String text = Texts.blankToNull(note);
		if (text == null || text.length() > 2000) {
			throw new InvalidField("note", "is required (at most 2000 characters): what was done or decided");
		}
		SignalState before = signal.state();
		change.accept(signal, text);
		events.publishEvent(AuditedChange.of(action, "signal", String.valueOf(id), before + " → " + signal.state(),
				before, signal.state()));
		return signal.view();
	}
}
