package org.probity.steering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;

/** A task a committee assigned to an owner with a deadline, and the progress reported on it. */
@Entity
@Table(name = "steering_tasks")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class SteeringTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	private String title;

	@Enumerated(EnumType.STRING)
	private AssigneeKind ownerKind;

	private String ownerCode;

	private LocalDate assignedOn;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private LocalDate doneOn;

	@Enumerated(EnumType.STRING)
	private TaskOrigin origin;

	private Long conclusionId;

	private Long groupId;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "steering_task_notes", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "note_no")
	@BatchSize(size = 50)
	private List<TaskNote> notes = new ArrayList<>();

	protected SteeringTask() {
	}

	SteeringTask(Committee committee, String title, AssigneeKind ownerKind, String ownerCode, LocalDate assignedOn,
			LocalDate deadline, Long conclusionId, Long groupId) {
		this.committeeId = committee.id();
		this.title = title;
		this.ownerKind = ownerKind;
		this.ownerCode = ownerCode;
		this.assignedOn = assignedOn;
		this.deadline = deadline;
		this.status = TaskStatus.OPEN;
		this.conclusionId = conclusionId;
		this.groupId = groupId;
		this.origin = conclusionId != null ? TaskOrigin.CONCLUSION
				: groupId != null ? TaskOrigin.PROGRAMME : TaskOrigin.STANDALONE;
		this.scopePath = committee.scopePath();
		this.updatedAt = Instant.now();
	}

	/** A progress report moves an open task into progress. */
	void progress(LocalDate on, String note, String by) {
		requireOpen();
		notes.add(new TaskNote(on, note, by));
		status = TaskStatus.IN_PROGRESS;
		updatedAt = Instant.now();
	}

	void done(LocalDate on, String note, String by) {
		requireOpen();
		if (on.isBefore(assignedOn)) {
			throw new InvalidField("doneOn", "is before the task was assigned on " + assignedOn);
		}
		if (note != null) {
			notes.add(new TaskNote(on, note, by));
		}
		status = TaskStatus.DONE;
		doneOn = on;
		updatedAt = Instant.now();
	}

	void cancel(LocalDate on, String note, String by) {
		requireOpen();
		notes.add(new TaskNote(on, note, by));
		status = TaskStatus.CANCELLED;
		updatedAt = Instant.now();
	}

	private void requireOpen() {
		if (!status.open()) {
			throw InvalidField.conflict("status", "the task is already " + status);
		}
	}

	/** Overdue from the day after the deadline while still open. */
	boolean overdueOn(LocalDate today) {
		return status.open() && deadline.isBefore(today);
	}

	long id() {
		return id;
	}

	long committeeId() {
		return committeeId;
	}

	TaskView view(LocalDate today) {
		return new TaskView(id, committeeId, title, ownerKind, ownerCode, assignedOn, deadline, status, doneOn, origin,
				conclusionId, groupId, notes.stream().map(TaskNote::view).toList(), overdueOn(today));
	}
}
