package org.probity.steering.web;

import java.net.URI;
import java.time.LocalDate;

import org.probity.steering.NewTask;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskQuery;
import org.probity.steering.TaskStatus;
import org.probity.steering.TaskView;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskApi {

	private final TaskManagement tasks;

	TaskApi(TaskManagement tasks) {
		this.tasks = tasks;
	}

	record ProgressRequest(LocalDate notedOn, String note) {
	}

	record DoneRequest(LocalDate doneOn, String note) {
	}

	record CancelRequest(String reason) {
	}

	/** Soonest deadline first, {@value TaskManagement#PAGE_SIZE} a page; {@code unit} takes its whole subtree. */
	@GetMapping
	PagedModel<TaskView> list(@RequestParam(required = false) Long committee,
			@RequestParam(required = false) String unit, @RequestParam(required = false) TaskStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long group,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(tasks.list(new TaskQuery(committee, Forms.blankToNull(unit), status, overdue, group),
				page));
	}

	@GetMapping("/{id}")
	TaskView task(@PathVariable long id) {
		return tasks.get(id);
	}

	@PostMapping
	ResponseEntity<TaskView> assign(@RequestBody NewTask task) {
		TaskView assigned = tasks.assign(task);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + assigned.id())).body(assigned);
	}

	@PostMapping("/{id}/progress")
	TaskView progress(@PathVariable long id, @RequestBody ProgressRequest progress) {
		return tasks.progress(id, progress.notedOn(), progress.note());
	}

	@PostMapping("/{id}/done")
	TaskView done(@PathVariable long id, @RequestBody DoneRequest done) {
		return tasks.done(id, done.doneOn(), done.note());
	}

	@PostMapping("/{id}/cancel")
	TaskView cancel(@PathVariable long id, @RequestBody CancelRequest cancel) {
		return tasks.cancel(id, cancel.reason());
	}
}
