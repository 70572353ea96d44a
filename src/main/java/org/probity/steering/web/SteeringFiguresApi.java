package org.probity.steering.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
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

	/** The records behind one figure of a unit's subtree over a window. */
	private interface Records {

		List<?> of(String unit, LocalDate from, LocalDate to);
	}

	private final SteeringFigures figures;

	private final Map<String, Records> records;

	SteeringFiguresApi(SteeringFigures figures) {
		this.figures = figures;
		this.records = Map.of("meetings-held", figures::meetingsHeld, "directions-issued", figures::directionsIssued,
				"directions-overdue", figures::directionsOverdue, "tasks-done", figures::tasksDone, "tasks-overdue",
				figures::tasksOverdue);
	}

	@GetMapping
	SteeringFigures.Figures of(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.of(unit, from, to);
	}

	/**
	 * One figure's records: meetings-held, directions-issued, directions-overdue, tasks-done or tasks-overdue. A name
	 * that is none of these names nothing (404), whatever else was sent, so it is looked up before the window is read.
	 */
	@GetMapping("/{figure}")
	List<?> records(@PathVariable String figure, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Records named = records.get(figure);
		if (named == null) {
			throw new NotFound("No steering figure " + figure + "; there are meetings-held, directions-issued, "
					+ "directions-overdue, tasks-done and tasks-overdue");
		}
		if (Texts.blankToNull(unit) == null) {
			throw new InvalidField("unit", "is required");
		}
		return named.of(unit.strip(), required("from", from), required("to", to));
	}

	private static LocalDate required(String field, LocalDate day) {
		if (day == null) {
			throw new InvalidField(field, "is required");
		}
		return day;
	}
}
