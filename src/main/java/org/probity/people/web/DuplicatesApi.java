package org.probity.people.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.probity.people.DuplicateGroup;
import org.probity.people.PersonMerge;
import org.probity.people.PersonMerging;
import org.probity.people.PersonView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DuplicatesApi {

	private final PersonMerging merging;

	DuplicatesApi(PersonMerging merging) {
		this.merging = merging;
	}

	@GetMapping("/api/v1/people/duplicates")
	List<DuplicateGroup> duplicates() {
		return merging.duplicates();
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/api/v1/people/merges")
	PersonView merge(@RequestBody PersonMerge merge) {
		return merging.merge(merge);
	}
}
