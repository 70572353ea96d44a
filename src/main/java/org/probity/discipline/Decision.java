package org.probity.discipline;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

/**
 * A discipline decision on a unit or a person, with at most one appeal. Its {@code scopePath} is the target's, so
 * the decision belongs to the subtree of whoever was disciplined.
 */
@Entity
@Table(name = "discipline_decisions")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "discipline", from = { "ref", "targetCode", "form", "reason", "appealGrounds", "scopePath", "decidedOn" })
class Decision implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ref;

	@Enumerated(EnumType.STRING)
	private TargetKind targetKind;

	private String targetCode;

	@Enumerated(EnumType.STRING)
	private Form form;

	private String decidedBy;

	private LocalDate decidedOn;

	private LocalDate violationOn;

	private String reason;

	private String scopePath;

	private LocalDate appealLodgedOn;

	private String appealGrounds;

	private LocalDate appealSettleBy;

	@Enumerated(EnumType.STRING)
	private Disclosure disclosure;

	private LocalDate disclosedOn;

	private String disclosureNote;

	private Instant updatedAt;

	@Version
	private int version;

	protected Decision() {
	}

	Decision(String ref, NewDecision decision, String scopePath) {
		this.ref = ref;
		record(decision, scopePath);
	}

	/** Takes the decision's facts, new or corrected; an appeal already lodged stays. */
	void record(NewDecision decision, String scopePath) {
		this.targetKind = decision.targetKind();
		this.targetCode = decision.targetCode();
		this.form = decision.form();
		this.decidedBy = decision.decidedBy();
		this.decidedOn = decision.decidedOn();
		this.violationOn = decision.violationOn();
		this.reason = decision.reason();
		this.scopePath = scopePath;
		this.updatedAt = Instant.now();
	}

	/** Numbered from the row id when no reference was given. */
	void numberIfUnnamed() {
		if (ref.startsWith(DisciplineManagement.UNNAMED)) {
			ref = "KL-" + decidedOn.getYear() + "-" + String.format("%06d", id);
		}
	}

	void lodgeAppeal(Appeal appeal) {
		this.appealLodgedOn = appeal.lodgedOn();
		this.appealGrounds = appeal.grounds();
		this.appealSettleBy = appeal.settleBy();
		this.updatedAt = Instant.now();
	}

	/** Disclosed on a day from the decision to today, or kept back for a reason; it may be decided again. */
	void disclose(boolean disclosed, LocalDate on, String note, LocalDate today) {
		String text = Texts.blankToNull(note);
		if (text != null && text.length() > 2000) {
			throw new InvalidField(disclosed ? "note" : "reason", "is longer than 2000 characters");
		}
		if (disclosed && (on == null || on.isBefore(decidedOn) || on.isAfter(today))) {
			throw new InvalidField("disclosedOn", "must be a date from the decision of " + decidedOn + " to today");
		}
		if (!disclosed && text == null) {
			throw new InvalidField("reason", "is required: why the decision is not for disclosure");
		}
		this.disclosure = disclosed ? Disclosure.DISCLOSED : Disclosure.NOT_FOR_DISCLOSURE;
		this.disclosedOn = disclosed ? on : null;
		this.disclosureNote = text;
		this.updatedAt = Instant.now();
	}

	boolean appealed() {
		return appealLodgedOn != null;
	}

	String ref() {
		return ref;
	}

	Long id() {
		return id;
	}

	TargetKind targetKind() {
		return targetKind;
	}

	String scopePath() {
		return scopePath;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

	DecisionView view() {
		return new DecisionView(ref, targetKind, targetCode, form, decidedBy, decidedOn, violationOn, reason,
				Appeal.lastDay(decidedOn), appealed()
						? new DecisionView.AppealView(appealLodgedOn, appealGrounds, appealSettleBy) : null,
				disclosure == null ? null : new DecisionView.DisclosureView(disclosure, disclosedOn, disclosureNote));
	}

	@Override
	public SearchCard searchCard() {
		return SearchCard.of(ref, SearchCard.join(" · ", ref, targetCode), scopePath)
			.text(reason, appealGrounds)
			.dated(decidedOn)
			.status(form);
	}
}
