package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Term and annual programmes of inspection and supervision, their planned items, and progress against plan. */
@Service
@Transactional(readOnly = true)
public class ProgrammeManagement {

	public static final int PAGE_SIZE = 20;

	/** Marks a programme saved without a reference until its id numbers it. */
	static final String UNNAMED = "~";

	private final InspectionProgrammes programmes;

	private final ProgrammeRules rules;

	private final ItemProgress progress;

	private final Activities activities;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	ProgrammeManagement(InspectionProgrammes programmes, ProgrammeRules rules, ItemProgress progress,
			Activities activities, UnitManagement units, ApplicationEventPublisher events) {
		this.programmes = programmes;
		this.rules = rules;
		this.progress = progress;
		this.activities = activities;
		this.units = units;
		this.events = events;
	}

	/** Programmes of the bodies in a unit's subtree (the reader's whole scope without one), latest first. */
	public Page<ProgrammeView> list(String unitCode, int page) {
		String path = Texts.blankToNull(unitCode) == null ? Jurisdiction.scopePath() : units.pathOf(unitCode.strip());
		Page<InspectionProgramme> found = programmes.findInSubtree(Jurisdiction.subtreePattern(path),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("ref"))));
		Map<Long, ItemProgress.Found> matched = progress.ofProgrammes(found.map(InspectionProgramme::id).toList());
		return found.map(programme -> details(programme, matched).programme());
	}

	public Optional<ProgrammeDetails> find(String ref) {
		return programmes.findByRef(ref).map(programme -> details(programme, progress.ofProgrammes(List.of(programme.id()))));
	}

	@Transactional
	public ProgrammeDetails create(NewProgramme programme) {
		requireRole();
		UnitView unit = rules.check(programme);
		String ref = Texts.blankToNull(programme.ref());
		if (ref != null && Jurisdiction.asSystem(() -> programmes.findByRef(ref)).isPresent()) {
			throw InvalidField.conflict("ref", "'" + ref + "' is already a programme");
		}
		InspectionProgramme saved = programmes.save(new InspectionProgramme(
				ref == null ? UNNAMED + UUID.randomUUID() : ref, programme, unit.path()));
		saved.numberIfUnnamed();
		events.publishEvent(AuditedChange.of("CREATE", "oversight-programme", saved.ref(),
				programme.kind() + " programme of " + unit.code() + " " + programme.body(), null, programme));
		return details(saved, Map.of());
	}

	@Transactional
	public ProgrammeDetails plan(String ref, NewPlannedItem item) {
		requireRole();
		InspectionProgramme programme = programmes.findByRef(ref).orElseThrow(() -> new UnknownProgramme(ref));
		NewPlannedItem checked = rules.check(item);
		programme.plan(checked);
		programmes.flush();
		events.publishEvent(AuditedChange.of("PLAN", "oversight-programme", ref, checked.type() + " of "
				+ checked.targetKind() + " " + checked.targetCode() + " by " + checked.dueBy(), null, checked));
		return find(ref).orElseThrow();
	}

	/** Links an activity the reader can see to a planned item, when matching by target and period would not find it. */
	@Transactional
	public ProgrammeDetails link(String ref, long itemId, String activityRef) {
		requireRole();
		InspectionProgramme programme = programmes.findByRef(ref).orElseThrow(() -> new UnknownProgramme(ref));
		PlannedItem item = programme.items().stream().filter(planned -> planned.id() == itemId).findFirst()
			.orElseThrow(() -> new InvalidField("item", "no item " + itemId + " in programme " + ref));
		String activity = Texts.blankToNull(activityRef);
		if (activity == null || activities.findByRef(activity).isEmpty()) {
			throw new InvalidField("activityRef", "'" + activityRef + "' is not an activity in your jurisdiction");
		}
		item.link(activity);
		programmes.flush();
		events.publishEvent(AuditedChange.of("LINK", "oversight-programme", ref, "item " + itemId + " to " + activity,
				null, activity));
		return find(ref).orElseThrow();
	}

	/** Planned against done for the programmes of every body in the subtree, in all and per body. */
	public PlanProgressReport progress(String unitCode) {
		String subtree = Jurisdiction.subtreePattern(units.pathOf(unitCode));
		Map<String, BodyProgress> bodies = new TreeMap<>();
		PlanProgress total = new PlanProgress(0, 0, 0, 0);
		for (ItemProgress.Counted item : progress.countSubtree(subtree, Jurisdiction.likePattern(), LocalDate.now())) {
			total = total.plus(item.progress());
			bodies.merge(item.unitCode() + "|" + item.body(), new BodyProgress(item.unitCode(), item.body(),
					item.progress()), (a, b) -> new BodyProgress(a.unitCode(), a.body(), a.progress().plus(b.progress())));
		}
		return new PlanProgressReport(unitCode, total, List.copyOf(bodies.values()));
	}

	private ProgrammeDetails details(InspectionProgramme programme, Map<Long, ItemProgress.Found> matched) {
		LocalDate today = LocalDate.now();
		List<PlannedItemView> items = programme.items().stream()
			.map(item -> item.view(matched.get(item.id()), today))
			.toList();
		return new ProgrammeDetails(programme.view(PlanProgress.of(items)), items);
	}

	private static void requireRole() {
		if (!Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER")) {
			throw new AccessDeniedException("Only an officer or a leader plans inspection and supervision");
		}
	}
}
