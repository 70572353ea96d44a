package org.probity.oversight.web;

import java.net.URI;
import java.util.List;

import org.probity.oversight.NewPlannedItem;
import org.probity.oversight.NewProgramme;
import org.probity.oversight.PlanProgressReport;
import org.probity.oversight.PlannedItemView;
import org.probity.oversight.ProgrammeDetails;
import org.probity.oversight.ProgrammeManagement;
import org.probity.oversight.ProgrammeView;
import org.probity.oversight.UnknownProgramme;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes of inspection and supervision, their planned items, and progress against plan. */
@RestController
@RequestMapping("/api/v1/oversight")
class ProgrammeApi {

	private final ProgrammeManagement programmes;

	ProgrammeApi(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	/** Programmes of the bodies in a subtree, latest first, {@value ProgrammeManagement#PAGE_SIZE} a page. */
	@GetMapping("/programmes")
	PagedModel<ProgrammeView> list(@RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(programmes.list(unit, page));
	}

	@PostMapping("/programmes")
	ResponseEntity<ProgrammeDetails> create(@RequestBody NewProgramme programme) {
		ProgrammeDetails created = programmes.create(programme);
		return ResponseEntity.created(URI.create("/api/v1/oversight/programmes/" + created.programme().ref()))
			.body(created);
	}

	@GetMapping("/programmes/{ref}")
	ProgrammeDetails programme(@PathVariable String ref) {
		return programmes.find(ref).orElseThrow(() -> new UnknownProgramme(ref));
	}

	@GetMapping("/programmes/{ref}/items")
	List<PlannedItemView> items(@PathVariable String ref) {
		return programme(ref).items();
	}

	@PostMapping("/programmes/{ref}/items")
	ResponseEntity<ProgrammeDetails> plan(@PathVariable String ref, @RequestBody NewPlannedItem item) {
		return ResponseEntity.created(URI.create("/api/v1/oversight/programmes/" + ref + "/items"))
			.body(programmes.plan(ref, item));
	}

	record Link(String activityRef) {
	}

	@PostMapping("/programmes/{ref}/items/{id}/link")
	ProgrammeDetails link(@PathVariable String ref, @PathVariable long id, @RequestBody Link link) {
		return programmes.link(ref, id, link.activityRef());
	}

	/** Planned, started, concluded and overdue items of the subtree's programmes, in all and per body. */
	@GetMapping("/progress")
	PlanProgressReport progress(@RequestParam(required = false) String unit) {
		if (Texts.blankToNull(unit) == null) {
			throw new InvalidField("unit", "is required: the unit whose subtree's programmes are counted");
		}
		return programmes.progress(unit.strip());
	}
}
