package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
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

/** Reads inspection and supervision activities within the reader's jurisdiction, and concludes them. */
@Service
@Transactional
public class OversightManagement {

	public static final int PAGE_SIZE = 20;

	private final Activities activities;

	private final ActivityTargets targets;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	OversightManagement(Activities activities, ActivityTargets targets, UnitManagement units,
			ApplicationEventPublisher events) {
		this.activities = activities;
		this.targets = targets;
		this.units = units;
		this.events = events;
	}

	/** Activities conducted by bodies in a unit's subtree, latest started first. */
	@Transactional(readOnly = true)
	public Page<ActivityView> list(ActivityQuery query, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("ref")));
		return activities.findAll(ActivitySpecifications.matching(query, unitPath(query)), request)
			.map(Activity::view);
	}

	/** The targets of the listed activities (of the query's kind, if given), as the report's figures count them. */
	@Transactional(readOnly = true)
	public long countTargets(ActivityQuery query) {
		return targets.count(ActivitySpecifications.targetsMatching(query, unitPath(query)));
	}

	/** Activities that looked at a unit or person, latest first, each with what it concluded about them. */
	@Transactional(readOnly = true)
	public List<ActivityOnTarget> onTarget(TargetKind kind, String code) {
		return activities.findOnTarget(kind, code, Jurisdiction.likePattern())
			.stream()
			.map(target -> new ActivityOnTarget(target.activity().view(), target.view().outcome()))
			.toList();
	}

	private String unitPath(ActivityQuery query) {
		return query.unitCode() == null || query.unitCode().isBlank() ? null : units.pathOf(query.unitCode());
	}

	@Transactional(readOnly = true)
	public Optional<ActivityDetails> find(String ref) {
		return activities.findByRef(ref).map(Activity::details);
	}

	/**
	 * Records the conclusion: an outcome for every target. Conclusions are signed by the body's leadership, so only a
	 * LEADER (or ADMIN) may make this move.
	 */
	public ActivityDetails conclude(String ref, Map<TargetRef, Outcome> outcomes, LocalDate concludedOn,
			String findings) {
		if (!Actors.hasAnyRole("LEADER", "ADMIN")) {
			throw new AccessDeniedException("Only a leader may conclude an oversight activity");
		}
		Activity activity = activities.findByRef(ref).orElseThrow(() -> new UnknownActivity(ref));
		ActivityDetails before = activity.details();
		activity.conclude(outcomes, concludedOn, Texts.clip(Texts.blankToNull(findings), 20000));
		ActivityDetails after = activity.details();
		List<TargetRef> violations = after.targets()
			.stream()
			.filter(target -> target.outcome() == Outcome.VIOLATION)
			.map(target -> new TargetRef(target.kind(), target.code()))
			.toList();
		events.publishEvent(new InspectionConcluded(ref, after.activity().conductedBy(), concludedOn, violations));
		events.publishEvent(AuditedChange.of("CONCLUDE", "oversight-activity", ref,
				violations.size() + " of " + after.targets().size() + " targets in violation", before, after));
		return after;
	}
}
