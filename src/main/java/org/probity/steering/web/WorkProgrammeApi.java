package org.probity.steering.web;

import java.net.URI;
import java.util.List;

import org.probity.steering.NewProgramme;
import org.probity.steering.WorkProgrammeManagement;
import org.probity.steering.ProgrammeView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
class WorkProgrammeApi {

	private final WorkProgrammeManagement programmes;

	WorkProgrammeApi(WorkProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	/** A committee's work programmes, newest year first, each group with its progress. */
	@GetMapping
	List<ProgrammeView> list(@RequestParam long committee) {
		return programmes.ofCommittee(committee);
	}

	@GetMapping("/{id}")
	ProgrammeView programme(@PathVariable long id) {
		return programmes.get(id);
	}

	@PostMapping
	ResponseEntity<ProgrammeView> create(@RequestBody NewProgramme programme) {
		ProgrammeView created = programmes.create(programme);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
	}
}
