package org.probity.petitions;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.probity.people.PersonManagement;
import org.probity.petitions.clock.Complexity;
import org.probity.petitions.repeats.Matter;
import org.probity.records.Attachment;
import org.probity.records.DocumentFacts;
import org.probity.records.DocumentManagement;
import org.probity.records.DocumentView;
import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.Folding;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.NotFound;
import org.probity.shared.RecordMoved;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a petition through its handling. Each move names the roles that may make it, is written to the timeline
 * and the audit log, and restarts or stops the statutory clock as the law says.
 */
@Service
@Transactional
public class PetitionHandling {

	private static final String[] HANDLERS = { "OFFICER", "LEADER", "ADMIN" };

	private final Petitions petitions;

	private final PetitionEvents timeline;

	private final Conversation conversation;

	private final SealedIdentities identities;

	private final PetitionClock clock;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final SealedIdentities.Reveals reveals;

	private final PersonManagement people;

	private final DocumentManagement documents;

	PetitionHandling(Petitions petitions, PetitionEvents timeline, Conversation conversation,
			SealedIdentities identities, PetitionClock clock, UnitManagement units, ApplicationEventPublisher events,
			SealedIdentities.Reveals reveals, PersonManagement people, DocumentManagement documents) {
		this.documents = documents;
		this.reveals = reveals;
		this.people = people;
		this.petitions = petitions;
		this.timeline = timeline;
		this.conversation = conversation;
		this.identities = identities;
		this.clock = clock;
		this.units = units;
		this.events = events;
	}

	public PetitionView classify(long id, Topic topic, Complexity complexity, boolean collective) {
		handle(id, "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN");
		require(topic, "topic");
		require(complexity, "complexity");
		PetitionView classified = move(id, p -> p.classify(topic, complexity, collective), "RECEPTIONIST", "OFFICER",
				"LEADER", "ADMIN");
		events.publishEvent(new PetitionClassified(id, classified.reference(), topic, classified.receivedOn(),
				classified.subjectUnitCode(), classified.handlingUnit()));
		return classified;
	}

	public PetitionView accept(long id) {
		return move(id, p -> p.accept(LocalDate.now(), clock.settlementDue(p.kind(), p.scopePath(), LocalDate.now(), p.complexity(), 0)),
				HANDLERS);
	}

	/** Not accepted, with the reason; "not within competence: guidance sent" is one such reason. */
	public PetitionView refuse(long id, String reason) {
		return move(id, p -> p.refuse(text(reason, "reason")), HANDLERS);
	}

	/** Hands the petition to the competent unit, which may lie outside the sender's jurisdiction. */
	public PetitionView transfer(long id, String unitCode, String note) {
		handle(id, HANDLERS);
		String code = text(unitCode, "unitCode");
		UnitView target = Jurisdiction.asSystem(() -> units.find(code))
			.orElseThrow(() -> new InvalidField("unitCode", "'" + code + "' is not a known unit"));
		PetitionView moved = move(id, p -> p.transfer(target.code(), target.path(), text(note, "note"), LocalDate.now(),
				clock.acceptanceDue(p.kind(), target.path(), LocalDate.now())), HANDLERS);
		events.publishEvent(new RecordMoved("petition", String.valueOf(id), target.path()));
		return moved;
	}

	/** Attaches a document (scan, letter, evidence) to a petition the reader may handle. */
	public DocumentView attach(long id, String fileName, InputStream content, DocumentFacts facts) {
		Petition petition = find(id);
		requireRole("RECEPTIONIST", "OFFICER", "LEADER", "ADMIN");
		return documents.attach(new Attachment("petition", String.valueOf(id), petition.scopePath()), fileName, content,
				facts);
	}

	public PetitionView startVerification(long id) {
		return move(id, Petition::startVerification, HANDLERS);
	}

	/** An extension needs the leader's recorded decision; the law caps how many a kind may have. */
	public PetitionView extend(long id, String decision) {
		return move(id, p -> p.extend(clock.settlementDue(p.kind(), p.scopePath(), p.stageStartedOn(), p.complexity(),
				p.extensions() + 1), text(decision, "decision")), "LEADER", "ADMIN");
	}

	public PetitionView conclude(long id, Outcome outcome, boolean violation, String summary) {
		handle(id, "LEADER", "ADMIN");
		require(outcome, "outcome");
		PetitionView concluded = move(id, p -> p.conclude(outcome, violation, text(summary, "summary")), "LEADER", "ADMIN");
		events.publishEvent(new PetitionConcluded(concluded.id(), concluded.reference(), concluded.kind(), outcome,
				violation, concluded.subjectName(), concluded.subjectUnitCode(), concluded.handlingUnit(), LocalDate.now()));
		return concluded;
	}

	/** The answer, which the citizen reads with the receipt code. */
	public PetitionView respond(long id, String answer) {
		handle(id, HANDLERS);
		String body = text(answer, "answer");
		PetitionView answered = move(id, p -> p.respond(body), HANDLERS);
		conversation.post(id, false, Actors.username(), body);
		return answered;
	}

	public PetitionView close(long id) {
		return move(id, Petition::close, HANDLERS);
	}

	public PetitionView assign(long id, String username) {
		return move(id, p -> p.assign(text(username, "username")), "LEADER", "ADMIN");
	}

	public void message(long id, String body) {
		find(id);
		requireRole(HANDLERS);
		conversation.post(id, false, Actors.username(), text(body, "body"));
	}

	/** Opens the sealed identities for a LEADER of the handling unit, who must give a reason; always audited. */
	public List<Petitioner> reveal(long id, String reason) {
		Petition petition = find(id);
		requireRole("LEADER");
		if (namesTheReader(petition.view())) {
			throw new AccessDeniedException("You are named in this petition; another leader must handle its reporter");
		}
		String why = text(reason, "reason");
		if (why.length() < 10) {
			throw new InvalidField("reason", "must say why, in at least 10 characters");
		}
		timeline.save(new PetitionEvent(id, Actors.username(), new Move("REVEAL", petition.status(), petition.status(), why)));
		reveals.record(id, Actors.username(), why);
		events.publishEvent(AuditedChange.of("REVEAL", "petition", petition.reference(), why, null, null));
		return identities.open(id);
	}

	/** Whether the reader's own person record is the person the petition is about. */
	private boolean namesTheReader(PetitionView petition) {
		String own = Actors.personCode();
		if (own == null) {
			return false;
		}
		String name = Jurisdiction.asSystem(() -> people.find(own)).map(details -> details.person().fullName()).orElse(null);
		String subject = Matter.of(petition.subjectName(), petition.content()).subject();
		return name != null && subject != null && !subject.isEmpty() && Folding.fold(name).equals(Folding.fold(subject));
	}

	private PetitionView move(long id, Function<Petition, Move> step, String... roles) {
		Petition petition = handle(id, roles);
		Move move = step.apply(petition);
		timeline.save(new PetitionEvent(id, Actors.username(), move));
		events.publishEvent(AuditedChange.of(move.action(), "petition", petition.reference(),
				move.from() + " → " + move.to(), move.from(), move.to()));
		return petition.view();
	}

	/**
	 * The petition, if the reader may see it and has one of the roles; called before a move reads its fields, so a
	 * reader who may not make the move learns nothing from what they sent.
	 */
	private Petition handle(long id, String... roles) {
		Petition petition = find(id);
		requireRole(roles);
		return petition;
	}

	private Petition find(long id) {
		return petitions.findById(id).orElseThrow(() -> new NotFound("No petition " + id + " in your jurisdiction"));
	}

	private static void requireRole(String... roles) {
		if (!Actors.hasAnyRole(roles)) {
			throw new AccessDeniedException("Your role may not do this; it takes one of " + List.of(roles));
		}
	}

	private static void require(Object value, String field) {
		if (value == null) {
			throw new InvalidField(field, "is required");
		}
	}

	private static String text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidField(field, "is required");
		}
		String text = value.strip();
		if (text.length() > 4000) {
			throw new InvalidField(field, "is longer than 4000 characters");
		}
		return text;
	}
}
