package org.probity.discipline.web;

import java.time.LocalDate;

import org.probity.discipline.DisciplineFollowUp;
import org.probity.discipline.DisciplineManagement;
import org.probity.discipline.DisciplineQuery;
import org.probity.discipline.Form;
import org.probity.discipline.TargetKind;
import org.probity.discipline.UnknownDecision;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/discipline")
class DisciplinePages {

	private final DisciplineManagement discipline;

	private final DisciplineFollowUp followUp;

	DisciplinePages(DisciplineManagement discipline, DisciplineFollowUp followUp) {
		this.discipline = discipline;
		this.followUp = followUp;
	}

	/** The filtered list; for htmx only the results table, so changing a filter refreshes it in place. */
	@GetMapping
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) Form form,
			@RequestParam(required = false) TargetKind targetKind,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		DisciplineQuery query = new DisciplineQuery(unit == null || unit.isBlank() ? null : unit.strip(), form,
				targetKind, from, to);
		model.addAttribute("query", query);
		model.addAttribute("forms", Form.values());
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("decisions", discipline.list(query, page));
		return htmx != null ? "discipline/fragments :: results" : "discipline/list";
	}

	@GetMapping("/{ref}")
	String decision(@PathVariable String ref, Model model) {
		model.addAttribute("decision", discipline.find(ref).orElseThrow(() -> new UnknownDecision(ref)));
		model.addAttribute("administrative", followUp.of(ref));
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", java.util.Map.of());
		}
		return "discipline/decision";
	}
}
