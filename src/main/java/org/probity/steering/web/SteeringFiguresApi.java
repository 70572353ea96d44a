package org.probity.steering.web;

import java.time.LocalDate;
import java.util.List;

import org.probity.shared.InvalidField;
import org.probity.steering.SteeringFigures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The steering figures of a unit's subtree over a window, and the records behind each. */
@RestController
@RequestMapping("/api/v1/steering/figures")
class SteeringFiguresApi {

	private final SteeringFigures figures;

	SteeringFiguresApi(SteeringFigures figures) {
		this.figures = figures;
	}

	@GetMapping
	SteeringFigures.Figures of(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.of(unit, from, to);
	}

	/** One figure's records: meetings-held, directions-issued, directions-overdue, tasks-done or tasks-overdue. */
	@GetMapping("/{figure}")
	List<?> records(@PathVariable String figure, @RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return switch (figure) {
			case "meetings-held" -> figures.meetingsHeld(unit, from, to);
			case "directions-issued" -> figures.directionsIssued(unit, from, to);
			case "directions-overdue" -> figures.directionsOverdue(unit, from, to);
			case "tasks-done" -> figures.tasksDone(unit, from, to);
			case "tasks-overdue" -> figures.tasksOverdue(unit, from, to);
			default -> throw new InvalidField("figure", "is not one of meetings-held, directions-issued, "
					+ "directions-overdue, tasks-done, tasks-overdue");
		};
	}
}
