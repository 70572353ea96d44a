package org.probity.steering.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.probity.shared.InvalidField;
import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.MeetingKind;
import org.probity.steering.MeetingManagement;
import org.probity.steering.MeetingView;
import org.probity.steering.MemberView;
import org.probity.steering.NewMeeting;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a meeting (agenda, attendance, conclusions), reading it, and adding conclusions afterwards. */
@Controller
class MeetingPages {

	private final CommitteeManagement committees;

	private final MeetingManagement meetings;

	MeetingPages(CommitteeManagement committees, MeetingManagement meetings) {
		this.committees = committees;
		this.meetings = meetings;
	}

	/** What the form was sent with, to show again when it is refused. */
	record Typed(MeetingKind kind, LocalDate heldOn, String agenda, List<Long> present, String conclusions) {
	}

	@GetMapping("/steering/committees/{id}/meetings/new")
	String form(@PathVariable long id, Model model) {
		List<Long> everyone = committees.get(id).members().stream().map(MemberView::id).toList();
		return form(id, new Typed(MeetingKind.REGULAR, null, "", everyone, ""), model);
	}

	@PostMapping("/steering/committees/{id}/meetings")
	String hold(@PathVariable long id, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(defaultValue = "") String agenda, @RequestParam(required = false) List<Long> present,
			@RequestParam(defaultValue = "") String conclusions, Model model) {
		List<Long> attended = present == null ? List.of() : present;
		try {
			MeetingView held = meetings.hold(new NewMeeting(id, kind, heldOn, lines(agenda), attended,
					lines(conclusions)));
			return "redirect:/steering/meetings/" + held.id();
		}
		catch (InvalidField invalid) {
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field().replaceAll("\\[.*", ""));
			return form(id, new Typed(kind, heldOn, agenda, attended, conclusions), model);
		}
	}

	@GetMapping("/steering/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		MeetingView meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("committee", committees.get(meeting.committeeId()));
		model.addAttribute("assigneeKinds", AssigneeKind.values());
		return "steering/meeting";
	}

	@PostMapping("/steering/meetings/{id}/conclusions")
	String conclude(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			meetings.conclude(id, text);
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/meetings/" + id;
	}

	private String form(long committeeId, Typed typed, Model model) {
		model.addAttribute("committee", committees.get(committeeId));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("typed", typed);
		return "steering/meeting-form";
	}

	/** One item a line; blank lines dropped. */
	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
