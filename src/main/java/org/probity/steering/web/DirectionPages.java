package org.probity.steering.web;

import java.time.LocalDate;

import org.probity.shared.InvalidField;
import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.DirectionManagement;
import org.probity.steering.DirectionView;
import org.probity.steering.NewDirection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuing a direction from the committee's page, reading it, and reporting it done. */
@Controller
class DirectionPages {

	private final DirectionManagement directions;

	private final CommitteeManagement committees;

	DirectionPages(DirectionManagement directions, CommitteeManagement committees) {
		this.directions = directions;
		this.committees = committees;
	}

	@PostMapping("/steering/committees/{id}/directions")
	String issue(@PathVariable long id, @RequestParam(required = false) Long meetingId,
			@RequestParam(required = false) AssigneeKind assigneeKind,
			@RequestParam(required = false) String assigneeCode, @RequestParam(required = false) String content,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) String caseRef, RedirectAttributes redirect) {
		try {
			directions.issue(new NewDirection(id, meetingId, assigneeKind, assigneeCode, content, null, dueOn, caseRef));
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/committees/" + id;
	}

	@GetMapping("/steering/directions/{id}")
	String direction(@PathVariable long id, Model model) {
		DirectionView direction = directions.get(id);
		model.addAttribute("direction", direction);
		model.addAttribute("committee", committees.get(direction.committeeId()));
		return "steering/direction";
	}

	@PostMapping("/steering/directions/{id}/done")
	String done(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) String report, RedirectAttributes redirect) {
		try {
			directions.done(id, doneOn, report);
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/directions/" + id;
	}
}
