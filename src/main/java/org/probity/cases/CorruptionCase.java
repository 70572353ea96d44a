package org.probity.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

/**
 * A corruption case or incident, with its dated stages, defendants, recoveries and monitoring periods. It owns every
 * move: a broken rule is refused naming the field at fault. Its {@code scopePath} is its unit's.
 */
@Entity
@Table(name = "corruption_case")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "cases", from = { "reference", "title", "summary", "agencies", "stage", "scopePath", "detectedOn" })
class CorruptionCase implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	@Enumerated(EnumType.STRING)
	private CaseKind kind;

	private String title;

	private String summary;

	private String unitCode;

	private String scopePath;

	@Enumerated(EnumType.STRING)
	@Column(name = "case_field")
	private CaseField field;

	private String agencies;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private String originActivity;

	private Long originPetition;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private LocalDate stageOn;

	private LocalDate detectedOn;

	private LocalDate prosecutedOn;

	private BigDecimal damage;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(mappedBy = "corruptionCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("enteredOn, id")
	@BatchSize(size = 50)
	private List<CaseStage> stages = new ArrayList<>();

	@OneToMany(mappedBy = "corruptionCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@BatchSize(size = 50)
	private List<Defendant> defendants = new ArrayList<>();

	@OneToMany(mappedBy = "corruptionCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("recoveredOn, id")
	@BatchSize(size = 50)
	private List<Recovery> recoveries = new ArrayList<>();

	@OneToMany(mappedBy = "corruptionCase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("placedOn, id")
	@BatchSize(size = 50)
	private List<MonitoringPeriod> monitoring = new ArrayList<>();

	protected CorruptionCase() {
	}

	/** Opens the case at DETECTED on its detection day; the caller has checked the unit and the origin. */
	CorruptionCase(String reference, NewCase opened, String scopePath, String recordedBy, LocalDate today) {
		this.reference = reference;
		this.kind = CaseDates.required("kind", opened.kind());
		this.title = TextRules.required("title", opened.title(), 500);
		this.summary = TextRules.optional("summary", opened.summary(), 4000);
		this.unitCode = opened.unitCode().strip();
		this.scopePath = scopePath;
		this.field = CaseDates.required("field", opened.field());
		this.agencies = TextRules.optional("agencies", opened.agencies(), 1000);
		this.origin = opened.origin() == null ? Origin.DIRECT : opened.origin();
		this.originActivity = this.origin == Origin.INSPECTION_REFERRAL ? opened.originActivity().strip() : null;
		this.originPetition = this.origin == Origin.PETITION ? opened.originPetition() : null;
		this.detectedOn = CaseDates.past("detectedOn", opened.detectedOn(), today);
		this.damage = opened.damage() == null ? null : Amounts.atLeastZero("damage", opened.damage());
		this.stage = Stage.DETECTED;
		this.stageOn = detectedOn;
		this.stages.add(new CaseStage(this, Stage.DETECTED, detectedOn, null, recordedBy));
		this.updatedAt = Instant.now();
	}

	/** Numbered from the row id when no reference was given: VA for a criminal case, VV for an incident. */
	void numberIfUnnamed() {
		if (reference.startsWith(CaseManagement.UNNAMED)) {
			reference = (kind == CaseKind.INCIDENT ? "VV-" : "VA-") + detectedOn.getYear() + "-"
					+ String.format("%04d", id);
		}
	}

	/**
	 * Moves the case forward to {@code next} on {@code on}, never back and never before the current stage's day.
	 * Investigation follows the opening of criminal proceedings, so from then on an incident is a criminal case.
	 */
	Stage advance(Stage next, LocalDate on, String note, String recordedBy, LocalDate today) {
		CaseDates.required("stage", next);
		if (next.compareTo(stage) <= 0) {
			throw new InvalidField("stage", "'" + next + "' does not come after the current stage '" + stage
					+ "'; a case only moves forward");
		}
		Stage needed = next.prerequisite();
		if (needed != null && stages.stream().noneMatch(entry -> entry.stage() == needed)) {
			throw new InvalidField("stage", "'" + next + "' needs the case to have reached '" + needed + "' first");
		}
		CaseDates.notBefore("enteredOn", CaseDates.past("enteredOn", on, today), stageOn,
				"the case entered '" + stage + "'");
		Stage previous = stage;
		stages.add(new CaseStage(this, next, on, TextRules.optional("note", note, 2000), recordedBy));
		stage = next;
		stageOn = on;
		if (next == Stage.PROSECUTED) {
			prosecutedOn = on;
		}
		if (kind == CaseKind.INCIDENT && next.compareTo(Stage.INVESTIGATING) >= 0 && next != Stage.CLOSED) {
			kind = CaseKind.CRIMINAL_CASE;
		}
		touch();
		return previous;
	}

	Defendant addDefendant(NewDefendant given, LocalDate today) {
		String person = org.probity.shared.Texts.blankToNull(given.personCode());
		if (person != null && defendants.stream().anyMatch(known -> person.equals(known.personCode()))) {
			throw InvalidField.conflict("personCode", "'" + person + "' is already a defendant in this case");
		}
		Defendant defendant = new Defendant(this, given, today);
		defendants.add(defendant);
		touch();
		return defendant;
	}

	Optional<Defendant> defendant(long defendantId) {
		return defendants.stream().filter(known -> known.id() != null && known.id() == defendantId).findFirst();
	}

	void recordRecovery(LocalDate on, BigDecimal amount, String description, LocalDate today) {
		CaseDates.notBefore("recoveredOn", CaseDates.past("recoveredOn", on, today), detectedOn,
				"the case was detected");
		recoveries.add(new Recovery(this, on, Amounts.positive("amount", amount),
				TextRules.optional("description", description, 1000)));
		touch();
	}

	void assessDamage(BigDecimal amount) {
		this.damage = Amounts.atLeastZero("damage", amount);
		touch();
	}

	/** Opens a new period; the last one must have ended before this day, so periods never overlap. */
	void placeUnderMonitoring(String committeeCode, LocalDate on, String reason, LocalDate today) {
		Optional<MonitoringPeriod> last = monitoring.stream().reduce((first, second) -> second);
		monitoring.add(MonitoringPeriod.after(last, this, committeeCode, on, reason, today));
		touch();
	}

	/** Ends the open period; returns the committee that monitored the case. */
	String removeFromMonitoring(LocalDate on, String reason, LocalDate today) {
		MonitoringPeriod current = currentMonitoring()
			.orElseThrow(() -> InvalidField.conflict("removedOn", "the case is not under monitoring"));
		current.end(CaseDates.past("removedOn", on, today), TextRules.required("reason", reason, 2000));
		touch();
		return current.committeeCode();
	}

	Optional<MonitoringPeriod> currentMonitoring() {
		return monitoring.stream().filter(MonitoringPeriod::open).findFirst();
	}

	long id() {
		return id;
	}

	String reference() {
		return reference;
	}

	String unitCode() {
		return unitCode;
	}

	LocalDate detectedOn() {
		return detectedOn;
	}

	CaseView view() {
		return new CaseView(id, reference, kind, title, unitCode, field, stage, stageOn, detectedOn, prosecutedOn,
				currentMonitoring().map(MonitoringPeriod::committeeCode).orElse(null));
	}

	CaseDetails details() {
		BigDecimal recovered = recoveries.stream().map(Recovery::amount).reduce(BigDecimal.ZERO.setScale(2),
				BigDecimal::add);
		return new CaseDetails(view(), summary, agencies, origin, originActivity, originPetition, damage, recovered,
				damage == null ? null : damage.subtract(recovered), stages.stream().map(CaseStage::view).toList(),
				defendants.stream().map(Defendant::view).toList(), recoveries.stream().map(Recovery::view).toList(),
				monitoring.stream().map(MonitoringPeriod::view).toList());
	}

	private void touch() {
		updatedAt = Instant.now();
	}

	/** Found by its reference, title, summary and agencies; the link opens {@code /cases/{id}}. */
	@Override
	public SearchCard searchCard() {
		return SearchCard.of(id, SearchCard.join(" · ", reference, title), scopePath).text(summary, agencies)
			.dated(detectedOn)
			.status(stage);
	}
}
