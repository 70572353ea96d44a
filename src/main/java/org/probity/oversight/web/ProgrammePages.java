package org.probity.oversight.web;

import static org.probity.oversight.web.OversightForms.date;
import static org.probity.oversight.web.OversightForms.oneOf;

import java.util.Map;

import org.probity.oversight.ActivityType;
import org.probity.oversight.Body;
import org.probity.oversight.NewPlannedItem;
import org.probity.oversight.NewProgramme;
import org.probity.oversight.ProgrammeKind;
import org.probity.oversight.ProgrammeManagement;
import org.probity.oversight.TargetKind;
import org.probity.oversight.Theme;
import org.probity.oversight.UnknownProgramme;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Programme list with progress bars, the form for a new programme, and a programme with its items. */
@Controller
@RequestMapping("/oversight/programmes")
class ProgrammePages {

	private final ProgrammeManagement programmes;

	ProgrammePages(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	String list(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("programmes", programmes.list(unit, page));
		return "oversight/programmes";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", Map.of());
		choices(model);
		return "oversight/programme-new";
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, Model model) {
		try {
			String ref = programmes.create(new NewProgramme(form.get("ref"), form.get("title"), form.get("unitCode"),
					oneOf("body", Body.class, form.get("body")), oneOf("kind", ProgrammeKind.class, form.get("kind")),
					date("startsOn", form.get("startsOn")), date("endsOn", form.get("endsOn")))).programme().ref();
			return "redirect:/oversight/programmes/" + ref;
		}
		catch (InvalidField invalid) {
			model.addAttribute("form", form);
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
			choices(model);
			return "oversight/programme-new";
		}
	}

	@GetMapping("/{ref}")
	String programme(@PathVariable String ref, Model model) {
		model.addAttribute("details", programmes.find(ref).orElseThrow(() -> new UnknownProgramme(ref)));
		model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
		choices(model);
		return "oversight/programme";
	}

	@PostMapping("/{ref}/items")
	String plan(@PathVariable String ref, @RequestParam Map<String, String> form, Model model) {
		try {
			programmes.plan(ref, new NewPlannedItem(oneOf("targetKind", TargetKind.class, form.get("targetKind")),
					form.get("targetCode"), oneOf("type", ActivityType.class, form.get("type")),
					oneOf("theme", Theme.class, form.get("theme")), form.get("resolution"),
					date("dueBy", form.get("dueBy"))));
			return "redirect:/oversight/programmes/" + ref;
		}
		catch (InvalidField invalid) {
			return failed(ref, invalid, form, model);
		}
	}

	@PostMapping("/{ref}/items/{id}/link")
	String link(@PathVariable String ref, @PathVariable long id, @RequestParam(required = false) String activityRef,
			Model model) {
		try {
			programmes.link(ref, id, activityRef);
			return "redirect:/oversight/programmes/" + ref;
		}
		catch (InvalidField invalid) {
			return failed(ref, invalid, Map.of(), model);
		}
	}

	private String failed(String ref, InvalidField invalid, Map<String, String> form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", invalid.getMessage());
		model.addAttribute("errorField", invalid.field());
		return programme(ref, model);
	}

	private static void choices(Model model) {
		model.addAttribute("bodies", Body.values());
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("themes", Theme.values());
	}
}
