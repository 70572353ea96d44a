package org.probity.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.units.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns the tasks of committees within the reader's jurisdiction and follows them to done. A task is overdue from
 * the day after its deadline while still open, judged by the application's clock.
 */
@Service
@Transactional(readOnly = true)
public class TaskManagement {

	public static final int PAGE_SIZE = 50;

	private final SteeringTasks tasks;

	private final TaskOrigins origins;

	private final Assignees assignees;

	private final UnitManagement units;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskManagement(SteeringTasks tasks, TaskOrigins origins, Assignees assignees, UnitManagement units, Clock clock,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.origins = origins;
		this.assignees = assignees;
		this.units = units;
		this.clock = clock;
		this.events = events;
	}

	public TaskView get(long id) {
		return require(id).view(today());
	}

	/** A committee's open tasks, soonest deadline first; the overdue ones say so. */
	public List<TaskView> openOf(long committeeId) {
		origins.committee(committeeId);
		LocalDate today = today();
		return tasks
			.findByCommitteeIdAndStatusInOrderByDeadlineAscIdAsc(committeeId,
					EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS))
			.stream()
			.map(task -> task.view(today))
			.toList();
	}

	/** Soonest deadline first, {@value #PAGE_SIZE} a page. */
	public Page<TaskView> list(TaskQuery query, int page) {
		String unitPath = query.unitCode() == null ? null : units.pathOf(query.unitCode());
		LocalDate today = today();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id")));
		return tasks.findAll(SteeringSpecifications.tasks(query, unitPath, today), request)
			.map(task -> task.view(today));
	}

	@Transactional
	public TaskView assign(NewTask task) {
		SteeringRules.requireWriter();
		Committee committee = origins.of(task);
		String owner = assignees.check("ownerKind", task.ownerKind(), "ownerCode", task.ownerCode());
		String title = SteeringRules.text("title", task.title(), 1000);
		LocalDate today = today();
		LocalDate assigned = task.assignedOn() == null ? today
				: SteeringRules.notFuture("assignedOn", task.assignedOn(), today);
		LocalDate deadline = SteeringRules.required("deadline", task.deadline());
		if (deadline.isBefore(assigned)) {
			throw new InvalidField("deadline", "is before the task is assigned on " + assigned);
		}
		SteeringTask saved = tasks.save(new SteeringTask(committee, title, task.ownerKind(), owner, assigned, deadline,
				task.conclusionId(), task.groupId()));
		TaskView view = saved.view(today);
		events.publishEvent(new TaskAssigned(saved.id(), committee.id(), task.ownerKind(), owner, deadline));
		events.publishEvent(AuditedChange.of("ASSIGN", "steering-task", String.valueOf(saved.id()),
				"to " + task.ownerKind() + " " + owner + " by " + deadline, null, view));
		return view;
	}

	/** A dated progress note; the task is then in progress. */
	@Transactional
	public TaskView progress(long id, LocalDate notedOn, String note) {
		return change(id, "PROGRESS", task -> task.progress(day("notedOn", notedOn),
				SteeringRules.text("note", note, 4000), Actors.username()));
	}

	/** Reports a task done, today unless another day is given, with an optional closing note. */
	@Transactional
	public TaskView done(long id, LocalDate doneOn, String note) {
		TaskView done = change(id, "DONE", task -> task.done(day("doneOn", doneOn),
				SteeringRules.optionalText("note", note, 4000), Actors.username()));
		events.publishEvent(new TaskDone(id, done.committeeId(), done.doneOn()));
		return done;
	}

	@Transactional
	public TaskView cancel(long id, String reason) {
		return change(id, "CANCEL", task -> task.cancel(today(), SteeringRules.text("reason", reason, 4000),
				Actors.username()));
	}

	private TaskView change(long id, String action, Consumer<SteeringTask> change) {
		SteeringRules.requireWriter();
		SteeringTask task = require(id);
		LocalDate today = today();
		String before = task.view(today).toString();
		change.accept(task);
		TaskView after = task.view(today);
		events.publishEvent(AuditedChange.of(action, "steering-task", String.valueOf(id), action.toLowerCase()
				+ " on " + today, before, after));
		return after;
	}

	private LocalDate day(String field, LocalDate day) {
		return day == null ? today() : SteeringRules.notFuture(field, day, today());
	}

	private SteeringTask require(long id) {
		return tasks.findById(id).orElseThrow(() -> new UnknownSteeringRecord("task", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
