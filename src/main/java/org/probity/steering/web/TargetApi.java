package org.probity.steering.web;

import java.net.URI;
import java.util.List;

import org.probity.steering.NewTarget;
import org.probity.steering.TargetManagement;
import org.probity.steering.TargetView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
class TargetApi {

	private final TargetManagement targets;

	TargetApi(TargetManagement targets) {
		this.targets = targets;
	}

	record AchievedRequest(Long achieved) {
	}

	/** Targets of the unit's subtree (the caller's jurisdiction without one), with attainment computed. */
	@GetMapping
	List<TargetView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year) {
		return targets.list(Forms.blankToNull(unit), year);
	}

	/** What a target may measure: MANUAL, or a key counted from records. */
	@GetMapping("/measures")
	List<String> measures() {
		return targets.measures();
	}

	@GetMapping("/{id}")
	TargetView target(@PathVariable long id) {
		return targets.get(id);
	}

	@PostMapping
	ResponseEntity<TargetView> set(@RequestBody NewTarget target) {
		TargetView set = targets.set(target);
		return ResponseEntity.created(URI.create("/api/v1/targets/" + set.id())).body(set);
	}

	/** Only for MANUAL targets; counted ones answer 409. */
	@PostMapping("/{id}/achieved")
	TargetView achieved(@PathVariable long id, @RequestBody AchievedRequest achieved) {
		return targets.recordAchieved(id, achieved.achieved());
	}
}
