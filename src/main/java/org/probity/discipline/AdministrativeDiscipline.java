package org.probity.discipline;

import java.time.Instant;
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
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;

/**
 * A member who is also a civil servant, disciplined by the party, must also be disciplined administratively by the
 * authority that employs them; this tracks that follow-up to its decision. Its {@code scopePath} is the party
 * decision's.
 */
@Entity
@Table(name = "discipline_administrative")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class AdministrativeDiscipline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "decision_id")
	private Decision decision;

	private String scopePath;

	private String authority;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private AdministrativeStatus status;

	private String reference;

	private LocalDate decidedOn;

	private String measure;

	private Instant updatedAt;

	@Version
	private int version;

	protected AdministrativeDiscipline() {
	}

	AdministrativeDiscipline(Decision decision, String authority, LocalDate dueOn) {
		this.decision = decision;
		this.scopePath = decision.scopePath();
		this.authority = authority;
		this.dueOn = dueOn;
		this.status = AdministrativeStatus.PENDING;
		this.updatedAt = Instant.now();
	}

	/** Decided once, by a reference and a date from the party decision to today. */
	void decided(String reference, LocalDate on, String measure, LocalDate today) {
		if (status == AdministrativeStatus.DECIDED) {
			throw InvalidField.conflict("reference", "the administrative discipline was already decided on " + decidedOn);
		}
		String ref = Texts.blankToNull(reference);
		if (ref == null || ref.length() > 100) {
			throw new InvalidField("reference", "is required (at most 100 characters): the authority's decision");
		}
		if (on == null || on.isBefore(decision.decidedOn()) || on.isAfter(today)) {
			throw new InvalidField("decidedOn", "must be a date from the party decision of " + decision.decidedOn()
					+ " to today");
		}
		String text = Texts.blankToNull(measure);
		if (text != null && text.length() > 300) {
			throw new InvalidField("measure", "is longer than 300 characters");
		}
		this.status = AdministrativeStatus.DECIDED;
		this.reference = ref;
		this.decidedOn = on;
		this.measure = text;
		this.updatedAt = Instant.now();
	}

	AdministrativeView view(LocalDate today) {
		DecisionView party = decision.view();
		return new AdministrativeView(id, party.ref(), party.targetCode(), authority, dueOn, status, reference,
				decidedOn, measure, status == AdministrativeStatus.PENDING && dueOn.isBefore(today));
	}
}
