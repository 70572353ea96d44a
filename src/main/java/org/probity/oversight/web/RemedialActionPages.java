package org.probity.oversight.web;

import static org.probity.oversight.web.OversightForms.date;
import static org.probity.oversight.web.OversightForms.oneOf;

import java.util.Map;

import org.probity.oversight.FollowUpManagement;
import org.probity.oversight.NewRemedialAction;
import org.probity.oversight.TargetKind;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Open remedial actions in scope, and an activity's follow-up with its forms. */
@Controller
@RequestMapping("/oversight")
class RemedialActionPages {

	private final FollowUpManagement followUp;

	RemedialActionPages(FollowUpManagement followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/remedial-actions")
	String open(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("overdue", overdue);
		model.addAttribute("actions", followUp.open(unit, overdue, page));
		return "oversight/remedial-actions";
	}

	@GetMapping("/{ref}/follow-up")
	String followUp(@PathVariable String ref, Model model) {
		model.addAttribute("followUp", followUp.of(ref));
		model.addAttribute("targetKinds", TargetKind.values());
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", Map.of());
		}
		return "oversight/follow-up";
	}

	@PostMapping("/{ref}/remedial-actions")
	String recommend(@PathVariable String ref, @RequestParam Map<String, String> form, Model model) {
		return attempt(ref, form, model, () -> followUp.recommend(ref, new NewRemedialAction(form.get("action"),
				oneOf("ownerKind", TargetKind.class, form.get("ownerKind")), form.get("ownerCode"),
				date("dueOn", form.get("dueOn")))));
	}

	@PostMapping("/{ref}/remedial-actions/{id}/done")
	String done(@PathVariable String ref, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model) {
		return attempt(ref, form, model, () -> followUp.done(id, date("doneOn", form.get("doneOn")), form.get("note")));
	}

	@PostMapping("/{ref}/referrals")
	String refer(@PathVariable String ref, @RequestParam Map<String, String> form, Model model) {
		return attempt(ref, form, model, () -> followUp.refer(ref, date("referredOn", form.get("referredOn")),
				form.get("agency"), form.get("note")));
	}

	/** Does the move and returns to the follow-up; a refused move shows the page again with the error. */
	private String attempt(String ref, Map<String, String> form, Model model, Runnable move) {
		try {
			move.run();
			return "redirect:/oversight/" + ref + "/follow-up";
		}
		catch (InvalidField invalid) {
			model.addAttribute("form", form);
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
			return followUp(ref, model);
		}
	}
}
