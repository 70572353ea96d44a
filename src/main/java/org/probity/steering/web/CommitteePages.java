package org.probity.steering.web;

import java.time.LocalDate;

import org.probity.shared.InvalidField;
import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.DirectionManagement;
import org.probity.steering.MeetingManagement;
import org.probity.steering.MemberRole;
import org.probity.steering.NewMember;
import org.probity.steering.WorkProgrammeManagement;
import org.probity.steering.TaskManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A committee's page: members, meetings, programmes, and its open directions and tasks, the overdue ones marked
 * from the day after their deadline.
 */
@Controller
@RequestMapping("/steering/committees/{id}")
class CommitteePages {

	private final CommitteeManagement committees;

	private final MeetingManagement meetings;

	private final DirectionManagement directions;

	private final TaskManagement tasks;

	private final WorkProgrammeManagement programmes;

	CommitteePages(CommitteeManagement committees, MeetingManagement meetings, DirectionManagement directions,
			TaskManagement tasks, WorkProgrammeManagement programmes) {
		this.committees = committees;
		this.meetings = meetings;
		this.directions = directions;
		this.tasks = tasks;
		this.programmes = programmes;
	}

	@GetMapping
	String committee(@PathVariable long id, Model model) {
		model.addAttribute("committee", committees.get(id));
		model.addAttribute("meetings", meetings.ofCommittee(id));
		model.addAttribute("directions", directions.openOf(id));
		model.addAttribute("tasks", tasks.openOf(id));
		model.addAttribute("programmes", programmes.ofCommittee(id));
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("assigneeKinds", AssigneeKind.values());
		return "steering/committee";
	}

	@PostMapping("/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) String personCode,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) MemberRole role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedTo,
			RedirectAttributes redirect) {
		try {
			committees.addMember(id, new NewMember(personCode, fullName, role, servedFrom, servedTo));
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/committees/" + id;
	}
}
