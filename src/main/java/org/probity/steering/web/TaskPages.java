package org.probity.steering.web;

import java.time.LocalDate;

import org.probity.shared.InvalidField;
import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.NewTask;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning a task (from a committee, a meeting conclusion or a programme group), reading it, and reporting
 * progress, completion or cancellation.
 */
@Controller
class TaskPages {

	private final TaskManagement tasks;

	private final CommitteeManagement committees;

	TaskPages(TaskManagement tasks, CommitteeManagement committees) {
		this.tasks = tasks;
		this.committees = committees;
	}

	/** Refused forms go back to the page they came from, which must be a steering page. */
	@PostMapping("/steering/tasks")
	String assign(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) Long conclusionId,
			@RequestParam(required = false) Long groupId, @RequestParam(required = false) String title,
			@RequestParam(required = false) AssigneeKind ownerKind, @RequestParam(required = false) String ownerCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(defaultValue = "/steering") String back, RedirectAttributes redirect) {
		String from = back.matches("/steering(/[a-z]+/\\d+)?") ? back : "/steering";
		try {
			tasks.assign(new NewTask(committeeId, title, ownerKind, ownerCode, null, deadline, conclusionId, groupId));
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:" + from;
	}

	@GetMapping("/steering/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		TaskView task = tasks.get(id);
		model.addAttribute("task", task);
		model.addAttribute("committee", committees.get(task.committeeId()));
		return "steering/task";
	}

	@PostMapping("/steering/tasks/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> tasks.progress(id, null, note));
	}

	@PostMapping("/steering/tasks/{id}/done")
	String done(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> tasks.done(id, doneOn, note));
	}

	@PostMapping("/steering/tasks/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> tasks.cancel(id, reason));
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/tasks/" + id;
	}
}
