package org.probity.cases.web;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import org.probity.cases.CaseDetails;
import org.probity.cases.CaseManagement;
import org.probity.cases.UnknownCase;
import org.probity.shared.Actors;
import org.probity.shared.InvalidField;
import org.probity.steering.DirectionManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of cases with its filters, the defendants list behind the report, the opening form and the case page. */
@Controller
@RequestMapping("/cases")
class CasePages {

	private final CaseManagement cases;

	private final DirectionManagement directions;

	CasePages(CaseManagement cases, DirectionManagement directions) {
		this.cases = cases;
		this.directions = directions;
	}

	/** For htmx only the results, so changing a filter refreshes them in place; a bad filter is said, not thrown. */
	@GetMapping
	String list(CaseFilters filters, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("filters", filters);
		model.addAttribute("pagerBase", pagerBase(filters));
		try {
			model.addAttribute("cases", cases.list(filters.query(), page));
		}
		catch (InvalidField invalid) {
			model.addAttribute("filterError", "'" + invalid.field() + "' " + invalid.getMessage());
		}
		return htmx != null ? "cases/fragments :: results" : "cases/list";
	}

	@GetMapping("/defendants")
	String defendants(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedTo,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("prosecutedFrom", prosecutedFrom);
		model.addAttribute("prosecutedTo", prosecutedTo);
		try {
			model.addAttribute("defendants", cases.defendants(unit, prosecutedFrom, prosecutedTo, page));
		}
		catch (InvalidField invalid) {
			model.addAttribute("filterError", "'" + invalid.field() + "' " + invalid.getMessage());
		}
		return "cases/defendants";
	}

	/** Takes its first values from the address, so a petition or an activity can link to a case opened from it. */
	@GetMapping("/new")
	String form(@ModelAttribute("form") CaseForm form) {
		return "cases/new";
	}

	/** A failed save returns the form with everything typed and the field at fault named. */
	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping
	String open(@ModelAttribute("form") CaseForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "cases/new";
		}
		try {
			CaseDetails opened = cases.open(form.toNewCase());
			return "redirect:/cases/" + opened.summary().id();
		}
		catch (InvalidField invalid) {
			errors.rejectValue(CaseForm.fieldOf(invalid.field()), "invalid", invalid.getMessage());
			return "cases/new";
		}
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		CaseDetails details = cases.find(id).orElseThrow(() -> new UnknownCase(id));
		model.addAttribute("details", details);
		model.addAttribute("directions", directions.forCase(details.summary().reference()));
		model.addAttribute("canWrite", Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER"));
		model.addAttribute("nextStages", CaseChoices.after(details.summary().stage()));
		return "cases/case";
	}

	/** The list's address with its filters but no page, for the pager to add one. */
	private static String pagerBase(CaseFilters f) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases");
		add(uri, "unit", f.unit());
		add(uri, "stage", f.stage());
		add(uri, "field", f.field());
		add(uri, "committee", f.committee());
		add(uri, "monitoredFrom", f.monitoredFrom());
		add(uri, "monitoredTo", f.monitoredTo());
		add(uri, "reached", f.reached());
		add(uri, "reachedFrom", f.reachedFrom());
		add(uri, "reachedTo", f.reachedTo());
		add(uri, "prosecutedFrom", f.prosecutedFrom());
		add(uri, "prosecutedTo", f.prosecutedTo());
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString().strip());
		}
	}
}
