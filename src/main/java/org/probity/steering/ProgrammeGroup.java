package org.probity.steering;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A group of key tasks of a work programme; its tasks point to it. */
@Entity
@Table(name = "steering_programme_groups")
class ProgrammeGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "programme_id")
	private WorkProgramme programme;

	@Column(name = "item_no")
	private int number;

	private String title;

	protected ProgrammeGroup() {
	}

	ProgrammeGroup(WorkProgramme programme, int number, String title) {
		this.programme = programme;
		this.number = number;
		this.title = title;
	}

	long id() {
		return id;
	}

	WorkProgramme programme() {
		return programme;
	}

	/** Cancelled tasks are no longer part of the work, so they count neither as done nor in the total. */
	ProgrammeView.GroupProgress progress(Map<TaskStatus, Long> byStatus) {
		long done = byStatus.getOrDefault(TaskStatus.DONE, 0L);
		long total = done + byStatus.getOrDefault(TaskStatus.OPEN, 0L)
				+ byStatus.getOrDefault(TaskStatus.IN_PROGRESS, 0L);
		return new ProgrammeView.GroupProgress(id, number, title, done, total, Attainment.percent(done, total));
	}
}
