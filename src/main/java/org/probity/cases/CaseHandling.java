package org.probity.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

import org.probity.people.PersonManagement;
import org.probity.people.PersonView;
import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a case within the reader's jurisdiction, each one audited: stages, defendants, damage and
 * recoveries, monitoring by a steering committee. The case refuses a move that breaks its rules.
 */
@Service
@Transactional
public class CaseHandling {

	static final String SUBJECT = "corruption-case";

	private final Cases cases;

	private final PersonManagement people;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	CaseHandling(Cases cases, PersonManagement people, UnitManagement units, ApplicationEventPublisher events) {
		this.cases = cases;
		this.people = people;
		this.units = units;
		this.events = events;
	}

	/** Forward only, never dated before the current stage; the case's history keeps every stage with its day. */
	public CaseDetails advance(long id, Stage stage, LocalDate enteredOn, String note) {
		return move(id, "ADVANCE", corruptionCase -> {
			Stage from = corruptionCase.advance(stage, enteredOn, note, Actors.username(), LocalDate.now());
			events.publishEvent(new CaseStageChanged(id, corruptionCase.reference(), corruptionCase.unitCode(), from,
					stage, enteredOn));
			return from + " to " + stage + " on " + enteredOn;
		});
	}

	/** A person on record must be within the reader's jurisdiction; otherwise the name alone is kept. */
	public CaseDetails addDefendant(long id, NewDefendant defendant) {
		return move(id, "DEFENDANT", corruptionCase -> {
			NewDefendant named = withPersonsName(defendant);
			corruptionCase.addDefendant(named, LocalDate.now());
			return "defendant " + (named.personCode() == null ? "" : named.personCode());
		});
	}

	public CaseDetails changeDefendant(long id, long defendantId, DefendantChange change) {
		return move(id, "DEFENDANT", corruptionCase -> {
			corruptionCase.defendant(defendantId)
				.orElseThrow(() -> new InvalidField("defendantId", "is not a defendant of this case"))
				.change(change, LocalDate.now());
			return "defendant " + defendantId + ": outcome " + change.outcome() + ", custody " + change.custody();
		});
	}

	public CaseDetails recordRecovery(long id, LocalDate recoveredOn, BigDecimal amount, String description) {
		return move(id, "RECOVERY", corruptionCase -> {
			corruptionCase.recordRecovery(recoveredOn, amount, description, LocalDate.now());
			return "recovered " + amount + " VND on " + recoveredOn;
		});
	}

	public CaseDetails assessDamage(long id, BigDecimal damage) {
		return move(id, "DAMAGE", corruptionCase -> {
			corruptionCase.assessDamage(damage);
			return "damage " + damage + " VND";
		});
	}

	/** The committee is a unit, often above the reader (the provincial party committee), so it is looked up nation-wide. */
	public CaseDetails placeUnderMonitoring(long id, String committeeCode, LocalDate placedOn, String reason) {
		CaseManagement.requireWriter();
		String committee = Texts.blankToNull(committeeCode);
		return move(id, "MONITOR", corruptionCase -> {
			// the case is looked up first: a case that is not there is not found, whatever the form says
			if (committee == null) {
				throw new InvalidField("committeeCode", "is required");
			}
			if (committee.length() > 64 || Jurisdiction.asSystem(() -> units.find(committee)).isEmpty()) {
				throw new InvalidField("committeeCode", "'" + committee + "' is not a known unit");
			}
			corruptionCase.placeUnderMonitoring(committee, placedOn, reason, LocalDate.now());
			events.publishEvent(new CasePlacedUnderMonitoring(id, corruptionCase.reference(), committee, placedOn,
					reason.strip()));
			return "placed under monitoring of " + committee + " on " + placedOn;
		});
	}

	public CaseDetails removeFromMonitoring(long id, LocalDate removedOn, String reason) {
		return move(id, "UNMONITOR", corruptionCase -> {
			String committee = corruptionCase.removeFromMonitoring(removedOn, reason, LocalDate.now());
			events.publishEvent(new CaseRemovedFromMonitoring(id, corruptionCase.reference(), committee, removedOn,
					reason.strip()));
			return "removed from monitoring of " + committee + " on " + removedOn;
		});
	}

	/** Loads the case, makes the move, and audits it; the move says in a few words what it did. */
	private CaseDetails move(long id, String action, Function<CorruptionCase, String> work) {
		CaseManagement.requireWriter();
		CorruptionCase corruptionCase = cases.findById(id).orElseThrow(() -> new UnknownCase(id));
		CaseDetails before = corruptionCase.details();
		String detail = work.apply(corruptionCase);
		cases.flush();
		CaseDetails after = corruptionCase.details();
		events.publishEvent(AuditedChange.of(action, SUBJECT, corruptionCase.reference(), detail, before, after));
		return after;
	}

	private NewDefendant withPersonsName(NewDefendant given) {
		String code = Texts.blankToNull(given.personCode());
		if (code == null) {
			return given;
		}
		PersonView person = people.find(code)
			.orElseThrow(() -> new InvalidField("personCode", "'" + code + "' is not a person in your jurisdiction"))
			.person();
		String name = Texts.blankToNull(given.fullName()) == null ? person.fullName() : given.fullName();
		return new NewDefendant(person.code(), name, given.charges(), given.custody(), given.prosecutedOn(),
				given.outcome(), given.sentence());
	}
}
