package org.probity.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

/** One inspection or supervision activity and its targets; it owns its conclusion. */
@Entity
@Table(name = "oversight_activities")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "oversight", from = { "ref", "theme", "findings", "scopePath", "startedOn", "concludedOn" })
class Activity implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ref;

	@Enumerated(EnumType.STRING)
	@Column(name = "activity_type")
	private ActivityType type;

	@Enumerated(EnumType.STRING)
	private Body body;

	private String conductedBy;

	private String scopePath;

	@Enumerated(EnumType.STRING)
	private Programme programme;

	private LocalDate startedOn;

	private LocalDate concludedOn;

	private String theme;

	private String findings;

	private Instant updatedAt;

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL)
	@OrderBy("kind, code")
	@BatchSize(size = 50)
	private List<Target> targets = new ArrayList<>();

	protected Activity() {
	}

	Activity(String ref, ActivityType type, Body body, String conductedBy, String scopePath, Programme programme,
			LocalDate startedOn, String theme) {
		this.ref = ref;
		this.type = type;
		this.body = body;
		this.conductedBy = conductedBy;
		this.scopePath = scopePath;
		this.programme = programme;
		this.startedOn = startedOn;
		this.theme = theme;
		this.updatedAt = Instant.now();
	}

	void target(TargetKind kind, String code, String path) {
		targets.add(new Target(this, kind, code, path));
	}

	/** Every target needs its outcome; an activity is concluded once, never before it started. */
	void conclude(Map<TargetRef, Outcome> outcomes, LocalDate on, String findings) {
		if (concludedOn != null) {
			throw InvalidField.conflict("concludedOn", "Activity " + ref + " was already concluded on " + concludedOn);
		}
		if (on == null || on.isBefore(startedOn) || on.isAfter(LocalDate.now())) {
			throw new InvalidField("concludedOn", "must be a date from " + startedOn + " to today");
		}
		for (TargetRef given : outcomes.keySet()) {
			if (targets.stream().noneMatch(target -> target.ref().equals(given))) {
				throw new InvalidField("outcomes", given.kind() + " " + given.code() + " is not a target of " + ref);
			}
		}
		for (Target target : targets) {
			Outcome outcome = outcomes.get(target.ref());
			if (outcome == null) {
				throw new InvalidField("outcomes", "an outcome is needed for " + target.ref().kind() + " "
						+ target.ref().code());
			}
			target.concluded(outcome);
		}
		this.concludedOn = on;
		this.findings = findings;
		this.updatedAt = Instant.now();
	}

	String ref() {
		return ref;
	}

	Long id() {
		return id;
	}

	String scopePath() {
		return scopePath;
	}

	LocalDate concludedOn() {
		return concludedOn;
	}

	ActivityView view() {
		return new ActivityView(ref, type, body, conductedBy, programme, startedOn, concludedOn, theme, findings,
				targets.size());
	}

	ActivityDetails details() {
		return new ActivityDetails(view(), targets.stream().map(Target::view).toList());
	}

	@Override
	public SearchCard searchCard() {
		return SearchCard.of(ref, SearchCard.join(" · ", ref, theme), scopePath)
			.text(theme, findings)
			.dated(startedOn)
			.status(concludedOn == null ? "IN_PROGRESS" : "CONCLUDED");
	}
}
