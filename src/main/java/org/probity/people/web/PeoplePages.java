package org.probity.people.web;

import org.probity.people.PeopleQuery;
import org.probity.people.PersonManagement;
import org.probity.people.UnknownPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/people")
class PeoplePages {

	private final PersonManagement people;

	PeoplePages(PersonManagement people) {
		this.people = people;
	}

	/** The filtered list; for htmx only the results table, so typing a name refreshes it in place. */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean member, @RequestParam(required = false) String position,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PeopleQuery query = new PeopleQuery(q, unit, member, position);
		model.addAttribute("query", query);
		model.addAttribute("people", people.list(query, page));
		return htmx != null ? "people/fragments :: results" : "people/list";
	}

	@GetMapping("/{code}")
	String person(@PathVariable String code, Model model) {
		model.addAttribute("details", people.find(code).orElseThrow(() -> new UnknownPerson(code)));
		return "people/person";
	}
}
