package org.probity.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and records discipline decisions on targets within the reader's jurisdiction, and their appeals. */
@Service
@Transactional(readOnly = true)
public class DisciplineManagement {

	public static final int PAGE_SIZE = 50;

	/** Marks a decision saved without a reference until its id numbers it. */
	static final String UNNAMED = "~";

	private final Decisions decisions;

	private final DecisionCheck rules;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	DisciplineManagement(Decisions decisions, DecisionCheck rules, UnitManagement units,
			ApplicationEventPublisher events) {
		this.decisions = decisions;
		this.rules = rules;
		this.units = units;
		this.events = events;
	}

	/** Newest first. */
	public Page<DecisionView> list(DisciplineQuery query, int page) {
		String unitPath = null;
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			unitPath = units.pathOf(query.unitCode());
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.desc("ref")));
		return decisions.findAll(DisciplineSpecifications.matching(query, unitPath), request).map(Decision::view);
	}

	/** Every decision on one unit or person, newest first, for the integrity profile and vetting. */
	public List<DecisionView> onTarget(TargetKind kind, String code) {
		return decisions.findByTargetKindAndTargetCodeOrderByDecidedOnDescRefDesc(kind, code)
			.stream()
			.map(Decision::view)
			.toList();
	}

	public Optional<DecisionView> find(String ref) {
		return decisions.findByRef(ref).map(Decision::view);
	}

	/** Records a decision typed in; the first broken rule is refused naming its field. */
	@Transactional
	public DecisionView decide(NewDecision decision) {
		requireRole("ADMIN", "LEADER", "OFFICER");
		String ref = Texts.blankToNull(decision.ref());
		if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
			throw new InvalidField("ref", "is not a reference: up to 40 letters, digits, '.', '_' or '-'");
		}
		if (ref != null && exists(ref)) {
			throw InvalidField.conflict("ref", "'" + ref + "' is already a decision");
		}
		if (Texts.blankToNull(decision.reason()) == null) {
			throw new InvalidField("reason", "is required");
		}
		DecisionCheck.Checked checked = rules.check(decision);
		checked.problems().stream().findFirst().ifPresent(problem -> {
			throw new InvalidField(problem.field(), problem.message());
		});
		return upsert(ref == null ? UNNAMED + UUID.randomUUID() : ref, decision, checked.scopePath()).view();
	}

	/** Records a new decision or corrects a known one; the caller has checked the rules. */
	@Transactional
	Decision upsert(String ref, NewDecision decision, String scopePath) {
		Optional<Decision> known = decisions.findByRef(ref);
		Decision saved;
		if (known.isPresent()) {
			String before = known.get().view().toString();
			known.get().record(decision, scopePath);
			saved = known.get();
			events.publishEvent(AuditedChange.of("CORRECT", "discipline", ref, decision.form() + " on "
					+ decision.targetKind() + " " + decision.targetCode(), before, saved.view().toString()));
			return saved;
		}
		saved = decisions.save(new Decision(ref, decision, scopePath));
		saved.numberIfUnnamed();
		events.publishEvent(new DisciplineDecided(saved.ref(), decision.targetKind(), decision.targetCode(),
				decision.form(), decision.decidedOn()));
		events.publishEvent(AuditedChange.of("DECIDE", "discipline", saved.ref(), decision.form() + " on "
				+ decision.targetKind() + " " + decision.targetCode() + " by " + decision.decidedBy(), null,
				saved.view().toString()));
		return saved;
	}

	/** Lodges the one appeal a decision may have, within a month of it. */
	@Transactional
	public DecisionView appeal(String ref, LocalDate lodgedOn, String grounds) {
		requireRole("ADMIN", "LEADER", "OFFICER", "RECEPTIONIST");
		Decision decision = decisions.findByRef(ref).orElseThrow(() -> new UnknownDecision(ref));
		decision.lodgeAppeal(Appeal.lodge(decision, lodgedOn, grounds, LocalDate.now()));
		events.publishEvent(AuditedChange.of("APPEAL", "discipline", ref, "lodged on " + lodgedOn, null,
				decision.view().toString()));
		return decision.view();
	}

	/** Whether the reference is taken anywhere, even outside the reader's jurisdiction. */
	boolean exists(String ref) {
		return Jurisdiction.asSystem(() -> decisions.findByRef(ref)).isPresent();
	}

	private static void requireRole(String... roles) {
		if (!Actors.hasAnyRole(roles)) {
			throw new AccessDeniedException("Your role may not do this; it takes one of " + String.join(", ", roles));
		}
	}
}
