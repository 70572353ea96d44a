package org.probity.units.web;

import org.probity.units.UnitManagement;
import org.probity.units.UnknownUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/units")
class UnitPages {

	private final UnitManagement units;

	UnitPages(UnitManagement units) {
		this.units = units;
	}

	/** The tree from the reader's roots; with {@code q}, search-as-you-type results (the fragment for htmx). */
	@GetMapping
	String tree(@RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		boolean searching = q != null && !q.isBlank();
		model.addAttribute("q", q);
		model.addAttribute("roots", units.roots());
		model.addAttribute("matches", searching ? units.search(q, 50) : null);
		return htmx != null ? "units/fragments :: matches" : "units/tree";
	}

	@GetMapping("/{code}/children")
	String children(@PathVariable String code, Model model) {
		units.pathOf(code); // 404 for a unit the reader may not see, as on its page
		model.addAttribute("children", units.children(code));
		return "units/fragments :: children";
	}

	@GetMapping("/{code}")
	String unit(@PathVariable String code, Model model) {
		model.addAttribute("details", units.details(code).orElseThrow(() -> new UnknownUnit(code)));
		return "units/unit";
	}
}
