package org.probity.discipline;

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
 * What follows a decision: whether it is publicly disclosed, and the administrative discipline its member must also
 * receive from their employing authority, tracked to a decision with its due date.
 */
@Service
@Transactional(readOnly = true)
public class DisciplineFollowUp {

	public static final int PAGE_SIZE = 50;

	/** When no due date is given: 30 days after the party decision, so that no follow-up waits unnoticed. */
	static final int DEFAULT_DAYS = 30;

	private final Decisions decisions;

	private final AdministrativeFollowUps followUps;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	DisciplineFollowUp(Decisions decisions, AdministrativeFollowUps followUps, UnitManagement units,
			ApplicationEventPublisher events) {
		this.decisions = decisions;
		this.followUps = followUps;
		this.units = units;
		this.events = events;
	}

	@Transactional
	public DecisionView disclose(String ref, boolean disclosed, LocalDate on, String note) {
		requireRole();
		Decision decision = decisions.findByRef(ref).orElseThrow(() -> new UnknownDecision(ref));
		DecisionView before = decision.view();
		decision.disclose(disclosed, on, note, LocalDate.now());
		events.publishEvent(AuditedChange.of("DISCLOSURE", "discipline", ref,
				disclosed ? "disclosed on " + on : "not for disclosure", before, decision.view()));
		return decision.view();
	}

	/** Only a member is disciplined administratively; the authority is named as the records name it. */
	@Transactional
	public AdministrativeView requireAdministrative(String ref, String authority, LocalDate dueOn) {
		requireRole();
		Decision decision = decisions.findByRef(ref).orElseThrow(() -> new UnknownDecision(ref));
		if (decision.targetKind() != TargetKind.PERSON) {
			throw new InvalidField("decision", "administrative discipline follows a decision on a member, not on "
					+ "an organisation");
		}
		String name = Texts.blankToNull(authority);
		if (name == null || name.length() > 300) {
			throw new InvalidField("authority", "is required (at most 300 characters): who decides it");
		}
		LocalDate due = dueOn == null ? decision.decidedOn().plusDays(DEFAULT_DAYS) : dueOn;
		if (due.isBefore(decision.decidedOn())) {
			throw new InvalidField("dueOn", "is before the party decision of " + decision.decidedOn());
		}
		AdministrativeView saved = followUps.save(new AdministrativeDiscipline(decision, name, due))
			.view(LocalDate.now());
		events.publishEvent(AuditedChange.of("REQUIRE", "discipline", ref, "administrative discipline by " + name
				+ " due " + due, null, saved));
		return saved;
	}

	@Transactional
	public AdministrativeView decided(long id, String reference, LocalDate decidedOn, String measure) {
		requireRole();
		AdministrativeDiscipline followUp = followUps.findById(id).orElseThrow(() -> new UnknownFollowUp(id));
		LocalDate today = LocalDate.now();
		AdministrativeView before = followUp.view(today);
		followUp.decided(reference, decidedOn, measure, today);
		AdministrativeView after = followUp.view(today);
		events.publishEvent(AuditedChange.of("DECIDE", "discipline-administrative", String.valueOf(id),
				"decided on " + decidedOn, before, after));
		return after;
	}

	public List<AdministrativeView> of(String ref) {
		Decision decision = decisions.findByRef(ref).orElseThrow(() -> new UnknownDecision(ref));
		LocalDate today = LocalDate.now();
		return followUps.findByDecision(decision.id()).stream().map(followUp -> followUp.view(today)).toList();
	}

	/** Pending follow-ups on members in a subtree (the reader's whole scope without one), earliest due first. */
	public Page<AdministrativeView> pending(String unitCode, boolean overdueOnly, int page) {
		String path = Texts.blankToNull(unitCode) == null ? Jurisdiction.scopePath() : units.pathOf(unitCode.strip());
		LocalDate today = LocalDate.now();
		return followUps.findPending(Jurisdiction.subtreePattern(path), overdueOnly ? today : LocalDate.of(9999, 12, 31),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("dueOn", "id")))
			.map(followUp -> followUp.view(today));
	}

	private static void requireRole() {
		if (!Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER")) {
			throw new AccessDeniedException("Only an officer or a leader records what follows a decision");
		}
	}
}
