package org.probity.steering.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.probity.steering.SteeringFigures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records behind one steering figure of a unit's subtree over a window, as a page: where the report's and the
 * dashboard's steering figures lead. The same lists as {@link SteeringFiguresApi}, so each total is the figure.
 */
@Controller
class SteeringFigurePages {

	static final Set<String> FIGURES = Set.of("meetings-held", "directions-issued", "directions-overdue", "tasks-done",
			"tasks-overdue");

	private final SteeringFigures figures;

	SteeringFigurePages(SteeringFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/steering/figures/{figure}")
	String records(@PathVariable String figure, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			HttpServletResponse response) {
		if (!FIGURES.contains(figure)) {
			throw new NotFound("No steering figure " + figure);
		}
		model.addAttribute("figure", figure);
		model.addAttribute("unit", unit);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			String code = Texts.blankToNull(unit);
			if (code == null) {
				throw new InvalidField("unit", "is required");
			}
			model.addAttribute("records", records(figure, code.strip(), from, to));
		}
		catch (InvalidField invalid) {
			response.setStatus(400);
			model.addAttribute("error", "'" + invalid.field() + "' " + invalid.getMessage());
			model.addAttribute("records", List.of());
		}
		return "steering/figure";
	}

	private List<?> records(String figure, String unit, LocalDate from, LocalDate to) {
		return switch (figure) {
			case "meetings-held" -> figures.meetingsHeld(unit, from, to);
			case "directions-issued" -> figures.directionsIssued(unit, from, to);
			case "directions-overdue" -> figures.directionsOverdue(unit, from, to);
			case "tasks-done" -> figures.tasksDone(unit, from, to);
			default -> figures.tasksOverdue(unit, from, to);
		};
	}
}
