package org.probity.petitions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.probity.petitions.repeats.Matter;
import org.probity.records.DocumentManagement;
import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers petitions from every channel and reads them within the reader's jurisdiction. */
@Service
@Transactional
public class PetitionManagement {

	public static final int PAGE_SIZE = 20;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final Petitions petitions;

	private final PetitionEvents timeline;

	private final Conversation conversation;

	private final SealedIdentities identities;

	private final ReferenceNumbers references;

	private final RepeatIndex repeats;

	private final PetitionClock clock;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final CompetentUnits competent;

	private final DocumentManagement documents;

	PetitionManagement(CompetentUnits competent, DocumentManagement documents, Petitions petitions, PetitionEvents timeline, Conversation conversation,
			SealedIdentities identities, ReferenceNumbers references, RepeatIndex repeats, PetitionClock clock,
			UnitManagement units, ApplicationEventPublisher events) {
		this.competent = competent;
		this.documents = documents;
		this.petitions = petitions;
		this.timeline = timeline;
		this.conversation = conversation;
		this.identities = identities;
		this.references = references;
		this.repeats = repeats;
		this.clock = clock;
		this.units = units;
		this.events = events;
	}

	/** Registers a petition received by a unit within the reader's jurisdiction. */
	public Registered register(NewPetition intake) {
		if (!Actors.hasAnyRole("RECEPTIONIST", "OFFICER", "LEADER", "ADMIN")) {
			throw new AccessDeniedException("Your role may not register petitions");
		}
		return register(intake, null, null);
	}

	/** With a receipt hash for the public portal; with a fixed reference for imported records. */
	Registered register(NewPetition intake, String receiptHash, String fixedReference) {
		UnitView receiver = receiver(intake.receivedBy());
		check(intake);
		Matter matter = Matter.of(intake.subjectName(), intake.content());
		List<RepeatIndex.Found> similar = repeats.similar(matter, null);
		Optional<RepeatIndex.Found> original = similar.stream()
			.filter(found -> found.verdict().repeat())
			.min(Comparator.comparingLong(RepeatIndex.Found::id));
		String reference = fixedReference != null ? fixedReference
				: references.next(receiver.code(), intake.receivedOn().getYear());
		Petition petition = new Petition(reference, intake, receiver.code(), receiver.path(),
				clock.acceptanceDue(intake.kind(), receiver.path(), intake.receivedOn()), receiptHash);
		original.ifPresent(found -> petition.repeats(found.id(), found.matterId() == null ? found.id() : found.matterId()));
		Petition saved = petitions.save(petition);
		saved.startsItsOwnMatterIfNew();
		repeats.index(saved.id(), intake, matter);
		identities.seal(saved.id(), intake.petitionersOrNone());
		timeline.save(new PetitionEvent(saved.id(), receiptHash != null ? "citizen" : Actors.username(),
				new Move("REGISTER", null, PetitionStatus.RECEIVED, intake.channel().name())));
		events.publishEvent(new PetitionRegistered(saved.id(), reference, intake.kind(), intake.channel(),
				intake.receivedOn(), saved.view().subjectName(), matter.subject(), saved.view().subjectUnitCode(),
				receiver.code()));
		events.publishEvent(AuditedChange.of("REGISTER", "petition", reference, intake.kind() + " by "
				+ intake.channel() + (original.isPresent() ? ", repeats " + original.get().reference() : ""), null,
				intake.content()));
		return new Registered(saved.id(), reference, saved.view().dueOn(),
				original.map(RepeatIndex.Found::id).orElse(null), similar.stream()
					.map(found -> new Registered.Similar(found.id(), found.reference(), found.verdict().score(),
							found.verdict().reasons()))
					.toList());
	}

	private UnitView receiver(String receivedBy) {
		String code = receivedBy == null || receivedBy.isBlank() ? Jurisdiction.homeUnitCode() : receivedBy.strip();
		if (code == null) {
			throw new InvalidField("receivedBy", "is required: the code of the receiving unit");
		}
		return units.find(code)
			.orElseThrow(() -> new InvalidField("receivedBy", "'" + code + "' is not a unit in your jurisdiction"));
	}


	private void check(NewPetition intake) {
		if (intake.receivedOn().isBefore(EARLIEST)) {
			throw new InvalidField("receivedOn", "is before " + EARLIEST);
		}
		boolean named = intake.petitionersOrNone().stream().anyMatch(p -> p.name() != null && !p.name().isBlank());
		if (!intake.isAnonymous() && !named) {
			throw new InvalidField("petitioners", "at least one petitioner with a name is needed unless anonymous");
		}
		String subjectUnit = intake.subjectUnitCode();
		if (subjectUnit != null && !subjectUnit.isBlank()
				&& Jurisdiction.asSystem(() -> units.find(subjectUnit.strip())).isEmpty()) {
			throw new InvalidField("subjectUnitCode", "'" + subjectUnit + "' is not a known unit");
		}
	}

	@Transactional(readOnly = true)
	public Optional<PetitionDetails> find(long id) {
		return petitions.findById(id).map(petition -> {
			PetitionView view = petition.view();
			List<Registered.Similar> similar = repeats.similar(Matter.of(view.subjectName(), view.content()), id)
				.stream()
				.map(found -> new Registered.Similar(found.id(), found.reference(), found.verdict().score(),
						found.verdict().reasons()))
				.toList();
			return new PetitionDetails(view,
					timeline.findByPetitionIdOrderByAtAscIdAsc(id).stream().map(PetitionEvent::view).toList(),
					conversation.of(id, false), similar,
					competent.describe(competent.propose(view.kind(), view.subjectUnitCode(), view.handlingUnit())),
					documents.of("petition", String.valueOf(id)));
		});
	}

	/**
	 * Petitions about one official: recorded (or read) as the subject under that folded name, about one of the given
	 * units (their own and those above it) or about no unit at all. Who the petitioners are is never part of it.
	 */
	@Transactional(readOnly = true)
	public List<PetitionView> naming(String fullName, Collection<String> unitCodes) {
		String subject = Matter.of(fullName, "").subject();
		if (subject.isEmpty()) {
			return List.of();
		}
		return petitions.findByIdIn(repeats.withSubjectKey("s:" + subject))
			.stream()
			.map(Petition::view)
			.filter(view -> view.subjectUnitCode() == null || unitCodes.contains(view.subjectUnitCode()))
			.filter(view -> subject.equals(Matter.of(view.subjectName(), view.content()).subject()))
			.sorted(Comparator.comparing(PetitionView::receivedOn).reversed())
			.toList();
	}

	/** Open petitions whose deadline passed before the day, soonest due first. */
	@Transactional(readOnly = true)
	public Page<PetitionView> overdueOn(LocalDate day, int page) {
		return petitions.dueBy(PetitionStatus.OPEN, day.minusDays(1), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(Petition::view);
	}

	/** A subtree's petitions, newest first. */
	@Transactional(readOnly = true)
	public Page<PetitionView> list(PetitionQuery query, int page) {
		String unitPath = null;
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			unitPath = units.pathOf(query.unitCode());
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
		return petitions.findAll(PetitionSpecifications.matching(query, unitPath, LocalDate.now()), request)
			.map(Petition::view);
	}
}
