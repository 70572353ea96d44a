package org.probity.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.petitions.clock.Complexity;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;
import org.probity.shared.Texts;

/**
 * A petition and its handling. Each move checks the status it starts from and returns the {@link Move} for the
 * timeline; the façade decides who may make it and computes the deadlines.
 */
@Entity
@Table(name = "petitions")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "petitions", from = { "reference", "subjectName", "content", "response", "status", "scopePath",
		"receivedOn" })
class Petition implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	@Enumerated(EnumType.STRING)
	private PetitionKind kind;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private LocalDate receivedOn;

	private String receivedBy;

	private boolean anonymous;

	private int petitionerCount;

	private boolean collective;

	private String subjectName;

	private String subjectUnitCode;

	private String content;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	@Enumerated(EnumType.STRING)
	private Complexity complexity;

	@Enumerated(EnumType.STRING)
	private PetitionStatus status;

	private String handlingUnit;

	private String scopePath;

	private String assignedTo;

	private LocalDate stageStartedOn;

	private LocalDate dueOn;

	private int extensions;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private boolean violation;

	private String response;

	private Long duplicateOf;

	private Long matterId;

	private String receiptHash;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Petition() {
	}

	Petition(String reference, NewPetition intake, String receivedBy, String handlingPath, LocalDate dueOn,
			String receiptHash) {
		this.reference = reference;
		this.kind = intake.kind();
		this.channel = intake.channel();
		this.receivedOn = intake.receivedOn();
		this.receivedBy = receivedBy;
		this.anonymous = intake.isAnonymous();
		this.petitionerCount = intake.petitionersOrNone().size();
		this.collective = petitionerCount >= 2;
		this.subjectName = Texts.blankToNull(intake.subjectName());
		this.subjectUnitCode = Texts.blankToNull(intake.subjectUnitCode());
		this.content = intake.content().strip();
		this.complexity = Complexity.ORDINARY;
		this.status = PetitionStatus.RECEIVED;
		this.handlingUnit = receivedBy;
		this.scopePath = handlingPath;
		this.stageStartedOn = intake.receivedOn();
		this.dueOn = dueOn;
		this.receiptHash = receiptHash;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
	}

	/** An import corrects what was recorded at intake; the handling so far stays as it is. */
	void correctIntake(NewPetition intake) {
		this.kind = intake.kind();
		this.channel = intake.channel();
		this.receivedOn = intake.receivedOn();
		this.anonymous = intake.isAnonymous();
		this.petitionerCount = intake.petitionersOrNone().size();
		this.subjectName = Texts.blankToNull(intake.subjectName());
		this.subjectUnitCode = Texts.blankToNull(intake.subjectUnitCode());
		this.content = intake.content().strip();
		this.updatedAt = Instant.now();
	}

	void repeats(Long earlier, Long matter) {
		this.duplicateOf = earlier;
		this.matterId = matter;
	}

	/** Called once the id is known: an original petition is its own matter. */
	void startsItsOwnMatterIfNew() {
		if (matterId == null) {
			matterId = id;
		}
	}

	Move classify(Topic topic, Complexity complexity, boolean collective) {
		requireIn("classified", PetitionStatus.RECEIVED, PetitionStatus.TRANSFERRED, PetitionStatus.CLASSIFIED);
		this.topic = topic;
		this.complexity = complexity;
		this.collective = collective;
		return moveTo("CLASSIFY", PetitionStatus.CLASSIFIED, topic + ", " + complexity);
	}

	Move accept(LocalDate on, LocalDate settlementDue) {
		requireIn("accepted", PetitionStatus.CLASSIFIED);
		restartClock(on, settlementDue);
		return moveTo("ACCEPT", PetitionStatus.ACCEPTED, null);
	}

	Move refuse(String reason) {
		requireIn("refused", PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED, PetitionStatus.TRANSFERRED);
		dueOn = null;
		return moveTo("NOT_ACCEPT", PetitionStatus.NOT_ACCEPTED, reason);
	}

	Move transfer(String unitCode, String unitPath, String note, LocalDate on, LocalDate acceptanceDue) {
		requireIn("transferred", PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED, PetitionStatus.TRANSFERRED);
		if (unitCode.equals(handlingUnit)) {
			throw new InvalidField("unitCode", "the petition is already handled by " + unitCode);
		}
		String from = handlingUnit;
		handlingUnit = unitCode;
		scopePath = unitPath;
		assignedTo = null;
		restartClock(on, acceptanceDue);
		return moveTo("TRANSFER", PetitionStatus.TRANSFERRED, from + " → " + unitCode + ": " + note);
	}

	Move startVerification() {
		requireIn("put under verification", PetitionStatus.ACCEPTED);
		return moveTo("VERIFY", PetitionStatus.VERIFYING, null);
	}

	Move extend(LocalDate newDue, String decision) {
		requireIn("extended", PetitionStatus.ACCEPTED, PetitionStatus.VERIFYING);
		extensions++;
		dueOn = newDue;
		return new Move("EXTEND", status, status, "until " + newDue + ": " + decision);
	}

	Move conclude(Outcome outcome, boolean violation, String summary) {
		requireIn("concluded", PetitionStatus.VERIFYING);
		this.outcome = outcome;
		this.violation = violation;
		dueOn = null;
		return moveTo("CONCLUDE", PetitionStatus.CONCLUDED, outcome + (violation ? ", violation" : "") + ": " + summary);
	}

	Move respond(String answer) {
		requireIn("answered", PetitionStatus.CONCLUDED);
		this.response = answer;
		return moveTo("RESPOND", PetitionStatus.RESPONDED, null);
	}

	Move close() {
		requireIn("closed", PetitionStatus.RESPONDED, PetitionStatus.NOT_ACCEPTED);
		return moveTo("CLOSE", PetitionStatus.CLOSED, null);
	}

	Move assign(String username) {
		if (!status.open()) {
			throw InvalidField.conflict("status", "a " + status + " petition can no longer be assigned");
		}
		assignedTo = username;
		return new Move("ASSIGN", status, status, username);
	}

	private void restartClock(LocalDate on, LocalDate due) {
		stageStartedOn = on;
		dueOn = due;
		extensions = 0;
	}

	private void requireIn(String done, PetitionStatus... allowed) {
		for (PetitionStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw InvalidField.conflict("status", "a " + status + " petition cannot be " + done + "; it must be one of "
				+ Arrays.toString(allowed));
	}

	private Move moveTo(String action, PetitionStatus next, String note) {
		Move move = new Move(action, status, next, note);
		status = next;
		updatedAt = Instant.now();
		return move;
	}


	PetitionView view() {
		return new PetitionView(id, reference, kind, channel, receivedOn, receivedBy, anonymous, petitionerCount,
				collective, subjectName, subjectUnitCode, content, topic, complexity, status, handlingUnit, assignedTo,
				dueOn, extensions, outcome, violation, response, duplicateOf, matterId);
	}

	Long id() {
		return id;
	}

	PetitionKind kind() {
		return kind;
	}

	PetitionStatus status() {
		return status;
	}

	Complexity complexity() {
		return complexity;
	}

	LocalDate stageStartedOn() {
		return stageStartedOn;
	}

	int extensions() {
		return extensions;
	}

	String handlingUnit() {
		return handlingUnit;
	}

	String reference() {
		return reference;
	}

	String scopePath() {
		return scopePath;
	}

	/** The matter, never the petitioners: their identities are sealed apart and stay out of the index. */
	@Override
	public SearchCard searchCard() {
		return SearchCard.of(id, SearchCard.join(" · ", reference, subjectName), scopePath)
			.text(content, response)
			.dated(receivedOn)
			.status(status);
	}
}
