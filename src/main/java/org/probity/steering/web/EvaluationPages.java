package org.probity.steering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.steering.CriteriaSetView;
import org.probity.steering.EvaluationManagement;
import org.probity.steering.UnitScores;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** A criteria set's ranking of the units of a subtree for a year, and the form that scores a unit. */
@Controller
@RequestMapping("/steering/evaluations")
class EvaluationPages {

	private final EvaluationManagement evaluations;

	EvaluationPages(EvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping
	String evaluations(@RequestParam(required = false) Long set, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer year, Model model) {
		List<CriteriaSetView> sets = evaluations.sets();
		CriteriaSetView chosen = set != null ? evaluations.set(set) : sets.isEmpty() ? null : sets.get(0);
		// Without a year, the last one scored: evaluations are made after the year they judge.
		int shownYear = year != null ? year
				: chosen == null ? LocalDate.now().getYear()
						: evaluations.latestYear(chosen.id()).orElse(LocalDate.now().getYear());
		model.addAttribute("sets", sets);
		model.addAttribute("unit", Forms.blankToNull(unit));
		model.addAttribute("year", shownYear);
		model.addAttribute("set", chosen);
		model.addAttribute("ranking",
				chosen == null ? List.of() : evaluations.ranking(chosen.id(), Forms.blankToNull(unit), shownYear));
		return "steering/evaluations";
	}

	/** Points come as {@code points<criterionId>} fields; empty ones are left as they were. */
	@PostMapping("/scores")
	String score(@RequestParam long set, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Integer year, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect) {
		String back = UriComponentsBuilder.fromPath("/steering/evaluations")
			.queryParam("set", set)
			.queryParam("year", year)
			.build()
			.toUriString();
		List<UnitScores.Score> scores = new ArrayList<>();
		try {
			for (CriteriaSetView.CriterionView criterion : evaluations.set(set).criteria()) {
				String typed = Forms.blankToNull(fields.get("points" + criterion.id()));
				if (typed != null) {
					scores.add(new UnitScores.Score(criterion.id(), points(typed, criterion.id())));
				}
			}
			evaluations.score(new UnitScores(set, unitCode, year, scores));
		}
		catch (InvalidField invalid) {
			Forms.refused(invalid, redirect, "");
		}
		return "redirect:" + back;
	}

	private static BigDecimal points(String typed, long criterionId) {
		try {
			return new BigDecimal(typed.replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidField("points" + criterionId, "is not a number");
		}
	}
}
