package org.probity.steering.web;

import java.util.List;

import org.probity.shared.InvalidField;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.CommitteeView;
import org.probity.steering.NewCommittee;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steering committees in the reader's jurisdiction, and the form to set one up. */
@Controller
@RequestMapping("/steering")
class SteeringPages {

	private final CommitteeManagement committees;

	SteeringPages(CommitteeManagement committees) {
		this.committees = committees;
	}

	@GetMapping
	String committees(Model model) {
		model.addAttribute("committees", committees.list());
		return "steering/committees";
	}

	@PostMapping("/committees")
	String create(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		try {
			CommitteeView created = committees.create(new NewCommittee(unitCode, name, List.of()));
			return "redirect:/steering/committees/" + created.id();
		}
		catch (InvalidField invalid) {
			return Forms.refused(invalid, redirect, "/steering");
		}
	}
}
