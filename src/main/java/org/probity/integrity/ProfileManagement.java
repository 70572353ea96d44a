package org.probity.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.probity.cases.CaseManagement;
import org.probity.discipline.DisciplineManagement;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.TargetKind;
import org.probity.people.PersonDetails;
import org.probity.people.PersonManagement;
import org.probity.petitions.PetitionManagement;
import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a person's integrity profile through the other modules' façades, within the reader's jurisdiction. Only a
 * LEADER, an AUDITOR or an ADMIN may read it, and every reading is written to the audit log.
 */
@Service
@Transactional
public class ProfileManagement {

	static final String[] READERS = { "ADMIN", "LEADER", "AUDITOR" };

	private final PersonManagement people;

	private final OversightManagement oversight;

	private final DisciplineManagement discipline;

	private final PetitionManagement petitions;

	private final CaseManagement cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileManagement(PersonManagement people, OversightManagement oversight, DisciplineManagement discipline,
			PetitionManagement petitions, CaseManagement cases, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.oversight = oversight;
		this.discipline = discipline;
		this.petitions = petitions;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/** Today's profile, for a reader allowed to see it; the reading is audited. */
	public IntegrityProfile view(String code) {
		requireReader();
		IntegrityProfile profile = asOf(code, LocalDate.now(clock));
		events.publishEvent(AuditedChange.of("VIEW", "profile", profile.person().code(), "integrity profile read",
				null, null));
		return profile;
	}

	/** The profile as it stood on a day: only records dated on or before it. */
	IntegrityProfile asOf(String code, LocalDate day) {
		PersonDetails details = people.find(code).orElseThrow(() -> new NotFound("No person " + code
				+ " in your jurisdiction"));
		String person = details.person().code();
		return new IntegrityProfile(day, details.person(),
				details.positions().stream().filter(p -> p.startedOn() == null || !p.startedOn().isAfter(day)).toList(),
				oversight.onTarget(TargetKind.PERSON, person)
					.stream()
					.filter(a -> !a.activity().startedOn().isAfter(day))
					.toList(),
				discipline.onTarget(org.probity.discipline.TargetKind.PERSON, person)
					.stream()
					.filter(d -> !d.decidedOn().isAfter(day))
					.toList(),
				petitions.naming(details.person().fullName(), unitsAbove(person))
					.stream()
					.filter(p -> !p.receivedOn().isAfter(day))
					.map(p -> new IntegrityProfile.PetitionNaming(p.id(), p.reference(), p.kind().name(),
							p.channel().name(), p.receivedOn(), p.status().name(),
							p.outcome() == null ? null : p.outcome().name()))
					.toList(),
				cases.asDefendant(person));
	}

	/** The codes of the person's unit and every unit above it: the steps of its path. */
	private Set<String> unitsAbove(String person) {
		return people.pathOf(person)
			.map(path -> Arrays.stream(path.split("/")).filter(step -> !step.isEmpty())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	static void requireReader() {
		if (!Actors.hasAnyRole(READERS)) {
			throw new AccessDeniedException("The integrity profile is for leaders, auditors and administrators: "
					+ List.of(READERS));
		}
	}
}
