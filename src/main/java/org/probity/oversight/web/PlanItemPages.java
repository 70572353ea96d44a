package org.probity.oversight.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.probity.oversight.PlanItems;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The planned items of a subtree's programmes overlapping a window, all or those started, concluded or overdue:
 * the list behind each "activities against plan" figure of the dashboard.
 */
@Controller
class PlanItemPages {

	private final PlanItems items;

	PlanItemPages(PlanItems items) {
		this.items = items;
	}

	@GetMapping("/oversight/plan-items")
	String list(@RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "PLANNED") PlanItems.Progress progress,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model,
			HttpServletResponse response) {
		model.addAttribute("unit", unit);
		model.addAttribute("progress", progress);
		model.addAttribute("progresses", PlanItems.Progress.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			String code = Texts.blankToNull(unit);
			if (code == null) {
				throw new InvalidField("unit", "is required");
			}
			model.addAttribute("rows", items.list(code.strip(), from, to, progress));
		}
		catch (InvalidField invalid) {
			response.setStatus(400);
			model.addAttribute("error", "'" + invalid.field() + "' " + invalid.getMessage());
			model.addAttribute("rows", List.of());
		}
		return "oversight/plan-items";
	}
}
