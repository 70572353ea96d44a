package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;

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

/**
 * Follows up what conclusions recommend: remedial actions with owners and deadlines until done, and referrals to
 * investigation agencies. Only a concluded activity has recommendations.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpManagement {

	public static final int PAGE_SIZE = 50;

	private final Activities activities;

	private final RemedialActions actions;

	private final Referrals referrals;

	private final FollowUpRules rules;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	FollowUpManagement(Activities activities, RemedialActions actions, Referrals referrals, FollowUpRules rules,
			UnitManagement units, ApplicationEventPublisher events) {
		this.activities = activities;
		this.actions = actions;
		this.referrals = referrals;
		this.rules = rules;
		this.units = units;
		this.events = events;
	}

	public FollowUp of(String ref) {
		Activity activity = concluded(ref, false);
		LocalDate today = LocalDate.now();
		return new FollowUp(activity.view(),
				actions.findByActivity(activity.id()).stream().map(action -> action.view(today)).toList(),
				referrals.findByActivity(activity.id()).stream().map(Referral::view).toList());
	}

	@Transactional
	public RemedialActionView recommend(String ref, NewRemedialAction action) {
		requireRole();
		Activity activity = concluded(ref, true);
		RemedialAction saved = actions.save(new RemedialAction(activity, rules.check(action, activity.concludedOn())));
		RemedialActionView view = saved.view(LocalDate.now());
		events.publishEvent(AuditedChange.of("RECOMMEND", "oversight-activity", ref, "remedial action for "
				+ action.ownerKind() + " " + action.ownerCode() + " by " + action.dueOn(), null, view));
		return view;
	}

	@Transactional
	public RemedialActionView done(long id, LocalDate doneOn, String note) {
		requireRole();
		RemedialAction action = actions.findById(id).orElseThrow(() -> new UnknownRemedialAction(id));
		LocalDate today = LocalDate.now();
		RemedialActionView before = action.view(today);
		action.done(doneOn, note, today);
		RemedialActionView after = action.view(today);
		events.publishEvent(AuditedChange.of("DONE", "oversight-remedial-action", String.valueOf(id),
				"done on " + doneOn, before, after));
		return after;
	}

	@Transactional
	public ReferralView refer(String ref, LocalDate referredOn, String agency, String note) {
		requireRole();
		Activity activity = concluded(ref, true);
		Referral referral = referrals.save(rules.referral(activity, referredOn, agency, note));
		events.publishEvent(AuditedChange.of("REFER", "oversight-activity", ref, "referred to " + agency.strip(), null,
				referral.view()));
		return referral.view();
	}

	/** Open actions of the bodies in a subtree (the reader's whole scope without one), earliest deadline first. */
	public Page<RemedialActionView> open(String unitCode, boolean overdueOnly, int page) {
		String path = Texts.blankToNull(unitCode) == null ? Jurisdiction.scopePath() : units.pathOf(unitCode.strip());
		LocalDate today = LocalDate.now();
		return actions.findOpen(Jurisdiction.subtreePattern(path), overdueOnly ? today : LocalDate.of(9999, 12, 31),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("dueOn", "id")))
			.map(action -> action.view(today));
	}

	private Activity concluded(String ref, boolean required) {
		Activity activity = activities.findByRef(ref).orElseThrow(() -> new UnknownActivity(ref));
		if (required && activity.concludedOn() == null) {
			throw InvalidField.conflict("activity", "activity " + ref + " is not concluded yet; recommendations "
					+ "follow a conclusion");
		}
		return activity;
	}

	private static void requireRole() {
		if (!Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER")) {
			throw new AccessDeniedException("Only an officer or a leader follows up conclusions");
		}
	}
}
