package org.probity.steering.web;

import org.probity.shared.InvalidField;
import org.probity.steering.NewTarget;
import org.probity.steering.TargetManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Targets of a subtree with their attainment, and the forms that set a target and type in a manual result. */
@Controller
@RequestMapping("/steering/targets")
class TargetPages {

	private final TargetManagement targets;

	TargetPages(TargetManagement targets) {
		this.targets = targets;
	}

	@GetMapping
	String targets(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			Model model) {
		String unitCode = Forms.blankToNull(unit);
		model.addAttribute("unit", unitCode);
		model.addAttribute("year", year);
		model.addAttribute("targets", targets.list(unitCode, year));
		model.addAttribute("measures", targets.measures());
		return "steering/targets";
	}

	@PostMapping
	String set(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long planned, @RequestParam(required = false) Long achieved,
			RedirectAttributes redirect) {
		try {
			targets.set(new NewTarget(unitCode, year, measure, title, planned, achieved));
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/targets";
	}

	@PostMapping("/{id}/achieved")
	String achieved(@PathVariable long id, @RequestParam(required = false) Long achieved,
			RedirectAttributes redirect) {
		try {
			targets.recordAchieved(id, achieved);
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:/steering/targets";
	}
}
