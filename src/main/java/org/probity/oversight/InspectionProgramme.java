package org.probity.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A term or annual programme of inspection and supervision of one body, and the items it plans. Its
 * {@code scopePath} is the body's unit's, so a body sees its own plans and those of the bodies below it.
 */
@Entity
@Table(name = "oversight_programmes")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class InspectionProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ref;

	private String title;

	private String unitCode;

	@Enumerated(EnumType.STRING)
	private Body body;

	@Enumerated(EnumType.STRING)
	@Column(name = "programme_kind")
	private ProgrammeKind kind;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	@OrderBy("dueBy, id")
	@BatchSize(size = 50)
	private List<PlannedItem> items = new ArrayList<>();

	protected InspectionProgramme() {
	}

	InspectionProgramme(String ref, NewProgramme programme, String scopePath) {
		this.ref = ref;
		this.title = programme.title().strip();
		this.unitCode = programme.unitCode();
		this.body = programme.body();
		this.kind = programme.kind();
		this.startsOn = programme.startsOn();
		this.endsOn = programme.endsOn();
		this.scopePath = scopePath;
		this.updatedAt = Instant.now();
	}

	/** An item is due within the programme's period. */
	PlannedItem plan(NewPlannedItem item) {
		if (item.dueBy() == null || item.dueBy().isBefore(startsOn) || item.dueBy().isAfter(endsOn)) {
			throw new InvalidField("dueBy", "must be a date from " + startsOn + " to " + endsOn);
		}
		PlannedItem planned = new PlannedItem(this, item);
		items.add(planned);
		updatedAt = Instant.now();
		return planned;
	}

	/** Numbered from the row id when no reference was given. */
	void numberIfUnnamed() {
		if (ref.startsWith(ProgrammeManagement.UNNAMED)) {
			ref = "CT-" + startsOn.getYear() + "-" + String.format("%05d", id);
		}
	}

	long id() {
		return id;
	}

	String ref() {
		return ref;
	}

	List<PlannedItem> items() {
		return items;
	}

	ProgrammeView view(PlanProgress progress) {
		return new ProgrammeView(ref, title, unitCode, body, kind, startsOn, endsOn, progress);
	}
}
