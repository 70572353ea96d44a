package org.probity.discipline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.probity.discipline.DisciplineFollowUp;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pending administrative follow-ups, and the forms on a decision for disclosure and administrative discipline. */
@Controller
@RequestMapping("/discipline")
class DisciplineFollowUpPages {

	private final DisciplineFollowUp followUp;

	private final DisciplinePages decisions;

	DisciplineFollowUpPages(DisciplineFollowUp followUp, DisciplinePages decisions) {
		this.followUp = followUp;
		this.decisions = decisions;
	}

	@GetMapping("/administrative")
	String pending(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("overdue", overdue);
		model.addAttribute("followUps", followUp.pending(unit, overdue, page));
		return "discipline/administrative";
	}

	@PostMapping("/{ref}/disclosure")
	String disclose(@PathVariable String ref, @RequestParam Map<String, String> form, Model model) {
		return attempt(ref, form, model, () -> followUp.disclose(ref, "true".equals(form.get("disclosed")),
				date("disclosedOn", form.get("disclosedOn")), form.get("reason")));
	}

	@PostMapping("/{ref}/administrative")
	String require(@PathVariable String ref, @RequestParam Map<String, String> form, Model model) {
		return attempt(ref, form, model,
				() -> followUp.requireAdministrative(ref, form.get("authority"), date("dueOn", form.get("dueOn"))));
	}

	@PostMapping("/{ref}/administrative/{id}/decided")
	String decided(@PathVariable String ref, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model) {
		return attempt(ref, form, model, () -> followUp.decided(id, form.get("reference"),
				date("decidedOn", form.get("decidedOn")), form.get("measure")));
	}

	private String attempt(String ref, Map<String, String> form, Model model, Runnable move) {
		try {
			move.run();
			return "redirect:/discipline/" + ref;
		}
		catch (InvalidField invalid) {
			model.addAttribute("form", form);
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
			return decisions.decision(ref, model);
		}
	}

	private static LocalDate date(String field, String value) {
		try {
			return Texts.blankToNull(value) == null ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidField(field, "is not a date as YYYY-MM-DD");
		}
	}
}
