package org.probity.oversight.web;

import java.time.LocalDate;

import org.probity.oversight.ActivityQuery;
import org.probity.oversight.ActivityType;
import org.probity.oversight.Body;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.Programme;
import org.probity.oversight.TargetKind;
import org.probity.oversight.UnknownActivity;
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
@RequestMapping("/oversight")
class OversightPages {

	private final OversightManagement oversight;

	OversightPages(OversightManagement oversight) {
		this.oversight = oversight;
	}

	/**
	 * The filtered list with the number of targets it covers (what the report counts); for htmx only the results
	 * table, so changing a filter refreshes it in place.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) ActivityType type,
			@RequestParam(required = false) Body body, @RequestParam(required = false) Programme programme,
			@RequestParam(required = false) TargetKind targetKind,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ActivityQuery query = new ActivityQuery(unit, type, body, programme, targetKind, from, to);
		model.addAttribute("query", query);
		model.addAttribute("activities", oversight.list(query, page));
		model.addAttribute("targetTotal", oversight.countTargets(query));
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("bodies", Body.values());
		model.addAttribute("programmes", Programme.values());
		return htmx != null ? "oversight/fragments :: results" : "oversight/list";
	}

	@GetMapping("/{ref}")
	String activity(@PathVariable String ref, Model model) {
		model.addAttribute("details", oversight.find(ref).orElseThrow(() -> new UnknownActivity(ref)));
		return "oversight/activity";
	}
}
