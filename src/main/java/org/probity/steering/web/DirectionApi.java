package org.probity.steering.web;

import java.net.URI;
import java.time.LocalDate;

import org.probity.steering.DirectionManagement;
import org.probity.steering.DirectionQuery;
import org.probity.steering.DirectionStatus;
import org.probity.steering.DirectionView;
import org.probity.steering.NewDirection;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/directions")
class DirectionApi {

	private final DirectionManagement directions;

	DirectionApi(DirectionManagement directions) {
		this.directions = directions;
	}

	record DoneRequest(LocalDate doneOn, String report) {
	}

	/** Soonest due first, {@value DirectionManagement#PAGE_SIZE} a page; {@code unit} takes its whole subtree. */
	@GetMapping
	PagedModel<DirectionView> list(@RequestParam(required = false) Long committee,
			@RequestParam(required = false) String unit, @RequestParam(required = false) DirectionStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String caseRef,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(directions.list(new DirectionQuery(committee, Forms.blankToNull(unit), status,
				overdue, Forms.blankToNull(caseRef)), page));
	}

	@GetMapping("/{id}")
	DirectionView direction(@PathVariable long id) {
		return directions.get(id);
	}

	@PostMapping
	ResponseEntity<DirectionView> issue(@RequestBody NewDirection direction) {
		DirectionView issued = directions.issue(direction);
		return ResponseEntity.created(URI.create("/api/v1/directions/" + issued.id())).body(issued);
	}

	@PostMapping("/{id}/done")
	DirectionView done(@PathVariable long id, @RequestBody DoneRequest done) {
		return directions.done(id, done.doneOn(), done.report());
	}
}
