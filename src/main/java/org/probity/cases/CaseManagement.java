package org.probity.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads corruption cases within the reader's jurisdiction, and opens new ones; {@link CaseHandling} moves them. */
@Service
@Transactional(readOnly = true)
public class CaseManagement {

	public static final int PAGE_SIZE = 20;

	/** Marks a case saved without a reference until its id numbers it. */
	static final String UNNAMED = "~";

	static final String[] WRITERS = { "ADMIN", "LEADER", "OFFICER" };

	private final Cases cases;

	private final Defendants defendants;

	private final CaseCheck rules;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	CaseManagement(Cases cases, Defendants defendants, CaseCheck rules, UnitManagement units,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.defendants = defendants;
		this.rules = rules;
		this.units = units;
		this.events = events;
	}

	/** The cases a query matches, newest detected first. */
	public Page<CaseView> list(CaseQuery query, int page) {
		return cases.findAll(specification(query), page(page, Sort.by(Sort.Order.desc("detectedOn"), Sort.Order.desc("id"))))
			.map(CorruptionCase::view);
	}

	public long count(CaseQuery query) {
		return cases.count(specification(query));
	}

	public Optional<CaseDetails> find(long id) {
		return cases.findById(id).map(CorruptionCase::details);
	}

	/** Defendants prosecuted within the window in cases of the unit's subtree; each defendant once. */
	public Page<DefendantRow> defendants(String unitCode, LocalDate prosecutedFrom, LocalDate prosecutedTo, int page) {
		window("prosecutedTo", prosecutedFrom, prosecutedTo);
		return defendants.findAll(CaseSpecifications.prosecuted(pathOrNull(unitCode), prosecutedFrom, prosecutedTo),
				page(page, Sort.by(Sort.Order.desc("prosecutedOn"), Sort.Order.asc("id")))).map(Defendant::row);
	}

	/** How many cases of the subtree entered each stage in the window, as {@link CaseQuery#reachedIn} lists them. */
	Map<Stage, Long> countReachedByStage(String unitCode, LocalDate from, LocalDate to) {
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			byStage.put(stage, 0L);
		}
		for (Object[] row : cases.countReachedByStage(Jurisdiction.subtreePattern(units.pathOf(unitCode)),
				Jurisdiction.likePattern(), from, to)) {
			byStage.put((Stage) row[0], ((Number) row[1]).longValue());
		}
		return byStage;
	}

	/** Every case in which the person is a defendant, newest detected first. */
	public List<DefendantRow> asDefendant(String personCode) {
		return defendants.findAsDefendant(personCode, Jurisdiction.likePattern())
			.stream()
			.map(Defendant::row)
			.toList();
	}

	long countDefendants(String unitCode, LocalDate prosecutedFrom, LocalDate prosecutedTo) {
		return defendants.count(CaseSpecifications.prosecuted(pathOrNull(unitCode), prosecutedFrom, prosecutedTo));
	}

	/**
	 * Opens a case at DETECTED; the first broken rule is refused naming its field. The audit detail holds no free
	 * text: a title may name the people involved.
	 */
	@Transactional
	public CaseDetails open(NewCase opened) {
		requireWriter();
		String reference = Texts.blankToNull(opened.reference());
		String path = rules.check(opened, reference);
		CorruptionCase saved = cases.save(new CorruptionCase(reference == null ? UNNAMED + UUID.randomUUID() : reference,
				opened, path, Actors.username(), LocalDate.now()));
		cases.flush();
		saved.numberIfUnnamed();
		CaseDetails details = saved.details();
		events.publishEvent(new CaseOpened(saved.id(), saved.reference(), opened.kind(), saved.unitCode(),
				opened.field(), opened.detectedOn(), details.origin(), details.originActivity(),
				details.originPetition()));
		events.publishEvent(AuditedChange.of("OPEN", CaseHandling.SUBJECT, saved.reference(),
				opened.kind() + " in " + saved.unitCode() + ", " + opened.field(), null, details));
		return details;
	}

	Specification<CorruptionCase> specification(CaseQuery query) {
		window("monitoredTo", query.monitoredFrom(), query.monitoredTo());
		window("reachedTo", query.reachedFrom(), query.reachedTo());
		if (query.reached() == null && (query.reachedFrom() != null || query.reachedTo() != null)) {
			throw new InvalidField("reached", "is required with reachedFrom or reachedTo: the stage entered");
		}
		return CaseSpecifications.matching(query, pathOrNull(query.unitCode()));
	}

	/** A page that exists or lies just past the end; an absurd page number must not overflow the row offset. */
	private static PageRequest page(int page, Sort sort) {
		return PageRequest.of(Math.clamp(page, 0, Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE, sort);
	}

	private String pathOrNull(String unitCode) {
		String code = Texts.blankToNull(unitCode);
		return code == null ? null : units.pathOf(code);
	}

	private static void window(String toField, LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidField(toField, "is before the start of the window, " + from);
		}
	}

	static void requireWriter() {
		if (!Actors.hasAnyRole(WRITERS)) {
			throw new AccessDeniedException("Your role may not change cases; it takes one of "
					+ String.join(", ", WRITERS));
		}
	}
}
