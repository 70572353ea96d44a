package org.probity.cases;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.probity.shared.InvalidField;

/** A person accused in a case: the charges, the preventive measure they are held under, and their outcome. */
@Entity
@Table(name = "corruption_case_defendants")
class Defendant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CorruptionCase corruptionCase;

	private String personCode;

	private String fullName;

	private String charges;

	@Enumerated(EnumType.STRING)
	private CustodyMeasure custody;

	private LocalDate prosecutedOn;

	@Enumerated(EnumType.STRING)
	private DefendantOutcome outcome;

	private String sentence;

	protected Defendant() {
	}

	/** The caller has checked the person code and filled in the name from the person's record. */
	Defendant(CorruptionCase corruptionCase, NewDefendant given, LocalDate today) {
		this.corruptionCase = corruptionCase;
		this.personCode = TextRules.optional("personCode", given.personCode(), 64);
		this.fullName = TextRules.required("fullName", given.fullName(), 200);
		this.charges = TextRules.required("charges", given.charges(), 2000);
		change(new DefendantChange(given.custody() == null ? CustodyMeasure.NONE : given.custody(),
				given.prosecutedOn(), given.outcome() == null ? DefendantOutcome.PENDING : given.outcome(),
				given.sentence()), today);
	}

	void change(DefendantChange change, LocalDate today) {
		if (change.prosecutedOn() != null) {
			if (change.prosecutedOn().isAfter(today)) {
				throw new InvalidField("prosecutedOn", "is in the future");
			}
			if (change.prosecutedOn().isBefore(corruptionCase.detectedOn())) {
				throw new InvalidField("prosecutedOn",
						"is before the case was detected on " + corruptionCase.detectedOn());
			}
			this.prosecutedOn = change.prosecutedOn();
		}
		if (change.custody() != null) {
			this.custody = change.custody();
		}
		if (change.outcome() != null) {
			this.outcome = change.outcome();
		}
		String text = TextRules.optional("sentence", change.sentence(), 2000);
		if (text != null) {
			this.sentence = text;
		}
	}

	Long id() {
		return id;
	}

	String personCode() {
		return personCode;
	}

	DefendantRow row() {
		return new DefendantRow(corruptionCase.id(), corruptionCase.reference(), corruptionCase.unitCode(), view());
	}

	CaseDetails.DefendantView view() {
		return new CaseDetails.DefendantView(id == null ? 0 : id, personCode, fullName, charges, custody,
				prosecutedOn, outcome, sentence);
	}
}
