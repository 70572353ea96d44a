package org.probity.oversight.web;

import static org.probity.oversight.web.OversightForms.date;

import java.time.LocalDate;

import org.probity.oversight.OversightCoverage;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coverage as a table or as a tree coloured by how often each unit was reached. Without a unit it shows the
 * reader's home unit (or the first root); without dates, the last five years, a term.
 */
@Controller
class CoveragePages {

	private final OversightCoverage coverage;

	private final UnitManagement units;

	CoveragePages(OversightCoverage coverage, UnitManagement units) {
		this.coverage = coverage;
		this.units = units;
	}

	@GetMapping("/oversight/coverage")
	String coverage(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "tree") String view,
			@RequestParam(defaultValue = "false") boolean members, Model model) {
		String code = Texts.blankToNull(unit) != null ? unit.strip() : defaultUnit();
		model.addAttribute("unit", code);
		model.addAttribute("view", "table".equals(view) ? "table" : "tree");
		model.addAttribute("members", members);
		try {
			LocalDate end = Texts.blankToNull(to) == null ? LocalDate.now() : date("to", to);
			LocalDate start = Texts.blankToNull(from) == null ? end.minusYears(5).plusDays(1) : date("from", from);
			model.addAttribute("from", start);
			model.addAttribute("to", end);
			if (code != null) {
				model.addAttribute("coverage", coverage.of(code, start, end, members));
			}
		}
		catch (InvalidField invalid) {
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
		}
		return "oversight/coverage";
	}

	private String defaultUnit() {
		String home = Jurisdiction.homeUnitCode();
		return home != null ? home : units.roots().stream().findFirst().map(UnitView::code).orElse(null);
	}
}
