package org.probity.oversight.web;

import static org.probity.oversight.web.OversightForms.date;

import org.probity.oversight.Coverage;
import org.probity.oversight.OversightCoverage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage of a subtree in a period: every unit with its counts, and the lists of those never reached. */
@RestController
class CoverageApi {

	private final OversightCoverage coverage;

	CoverageApi(OversightCoverage coverage) {
		this.coverage = coverage;
	}

	/** {@code from} and {@code to} are start dates, both included; {@code members=true} adds party members. */
	@GetMapping("/api/v1/oversight/coverage")
	Coverage coverage(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean members) {
		return coverage.of(unit, date("from", from), date("to", to), members);
	}
}
