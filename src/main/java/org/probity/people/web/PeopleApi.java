package org.probity.people.web;

import org.probity.people.PeopleQuery;
import org.probity.people.PersonDetails;
import org.probity.people.PersonManagement;
import org.probity.people.PersonView;
import org.probity.people.UnknownPerson;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

	private final PersonManagement people;

	PeopleApi(PersonManagement people) {
		this.people = people;
	}

	@GetMapping
	PagedModel<PersonView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean member, @RequestParam(required = false) String position,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(people.list(new PeopleQuery(q, unit, member, position), page));
	}

	@GetMapping("/{code}")
	PersonDetails person(@PathVariable String code) {
		return people.find(code).orElseThrow(() -> new UnknownPerson(code));
	}
}
