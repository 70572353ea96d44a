package org.probity.steering.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.NewProgramme;
import org.probity.steering.WorkProgrammeManagement;
import org.probity.steering.ProgrammeView;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskQuery;
import org.probity.steering.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A work programme with each group's progress and tasks, and the form that sets one up. */
@Controller
class WorkProgrammePages {

	private final WorkProgrammeManagement programmes;

	private final CommitteeManagement committees;

	private final TaskManagement tasks;

	WorkProgrammePages(WorkProgrammeManagement programmes, CommitteeManagement committees, TaskManagement tasks) {
		this.programmes = programmes;
		this.committees = committees;
		this.tasks = tasks;
	}

	@PostMapping("/steering/committees/{id}/programmes")
	String create(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "") String groups,
			RedirectAttributes redirect) {
		try {
			List<String> lines = Arrays.stream(groups.split("\\R")).map(String::strip).filter(g -> !g.isEmpty()).toList();
			ProgrammeView created = programmes.create(new NewProgramme(id, year, title, lines));
			return "redirect:/steering/programmes/" + created.id();
		}
		catch (InvalidField invalid) {
			return Forms.refused(invalid, redirect, "/steering/committees/" + id);
		}
	}

	@GetMapping("/steering/programmes/{id}")
	String programme(@PathVariable long id, Model model) {
		ProgrammeView programme = programmes.get(id);
		Map<Long, List<TaskView>> tasksByGroup = new LinkedHashMap<>();
		for (ProgrammeView.GroupProgress group : programme.groups()) {
			tasksByGroup.put(group.id(),
					tasks.list(new TaskQuery(null, null, null, false, group.id()), 0).getContent());
		}
		model.addAttribute("programme", programme);
		model.addAttribute("committee", committees.get(programme.committeeId()));
		model.addAttribute("tasksByGroup", tasksByGroup);
		model.addAttribute("assigneeKinds", AssigneeKind.values());
		return "steering/programme";
	}
}
