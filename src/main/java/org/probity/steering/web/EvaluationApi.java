package org.probity.steering.web;

import java.net.URI;
import java.util.List;

import org.probity.steering.CriteriaSetView;
import org.probity.steering.EvaluationManagement;
import org.probity.steering.NewCriteriaSet;
import org.probity.steering.RankedUnit;
import org.probity.steering.UnitScores;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationApi {

	private final EvaluationManagement evaluations;

	EvaluationApi(EvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/sets")
	List<CriteriaSetView> sets() {
		return evaluations.sets();
	}

	@GetMapping("/sets/{id}")
	CriteriaSetView set(@PathVariable long id) {
		return evaluations.set(id);
	}

	@PostMapping("/sets")
	ResponseEntity<CriteriaSetView> define(@RequestBody NewCriteriaSet set) {
		CriteriaSetView defined = evaluations.define(set);
		return ResponseEntity.created(URI.create("/api/v1/evaluations/sets/" + defined.id())).body(defined);
	}

	/** Records a unit's points; answers the ranking among the unit's siblings. */
	@PostMapping("/scores")
	List<RankedUnit> score(@RequestBody UnitScores scores) {
		return evaluations.score(scores);
	}

	/** Units scored in the year within the unit's subtree, highest total first; ties share a rank. */
	@GetMapping("/ranking")
	List<RankedUnit> ranking(@RequestParam long set, @RequestParam(required = false) String unit,
			@RequestParam int year) {
		return evaluations.ranking(set, Forms.blankToNull(unit), year);
	}
}
