package org.probity.oversight;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One inspection or supervision a programme plans, on one target, by a date; an activity may be linked to it. */
@Entity
@Table(name = "oversight_planned_items")
class PlannedItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "programme_id")
	private InspectionProgramme programme;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_kind")
	private TargetKind targetKind;

	private String targetCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "activity_type")
	private ActivityType type;

	@Enumerated(EnumType.STRING)
	private Theme theme;

	private String resolution;

	private LocalDate dueBy;

	private String activityRef;

	protected PlannedItem() {
	}

	PlannedItem(InspectionProgramme programme, NewPlannedItem item) {
		this.programme = programme;
		this.targetKind = item.targetKind();
		this.targetCode = item.targetCode();
		this.type = item.type();
		this.theme = item.theme();
		this.resolution = item.resolution();
		this.dueBy = item.dueBy();
	}

	Long id() {
		return id;
	}

	void link(String activityRef) {
		this.activityRef = activityRef;
	}

	/** The item as the records show it; {@code found} is the linked or matched activity, null if none. */
	PlannedItemView view(ItemProgress.Found found, LocalDate today) {
		ItemState state = found == null ? ItemState.PLANNED
				: found.concludedOn() != null ? ItemState.CONCLUDED : ItemState.STARTED;
		boolean overdue = state != ItemState.CONCLUDED && dueBy.isBefore(today);
		return new PlannedItemView(id, targetKind, targetCode, type, theme, resolution, dueBy, activityRef != null,
				found == null ? activityRef : found.ref(), found == null ? null : found.startedOn(),
				found == null ? null : found.concludedOn(), state, overdue);
	}
}
