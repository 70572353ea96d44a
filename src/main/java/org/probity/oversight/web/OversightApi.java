package org.probity.oversight.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.probity.oversight.ActivityDetails;
import org.probity.oversight.ActivityQuery;
import org.probity.oversight.ActivityType;
import org.probity.oversight.ActivityView;
import org.probity.oversight.Body;
import org.probity.oversight.Outcome;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.Programme;
import org.probity.oversight.TargetKind;
import org.probity.oversight.TargetRef;
import org.probity.oversight.UnknownActivity;
import org.probity.shared.InvalidField;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/oversight/activities")
class OversightApi {

	private final OversightManagement oversight;

	OversightApi(OversightManagement oversight) {
		this.oversight = oversight;
	}

	/**
	 * A subtree's activities, latest started first, {@value OversightManagement#PAGE_SIZE} a page; with a target kind,
	 * those looking at one or more targets of that kind; with from/to, those started in the window.
	 */
	@GetMapping
	PagedModel<ActivityView> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) Body body,
			@RequestParam(required = false) Programme programme,
			@RequestParam(required = false) TargetKind targetKind,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(
				oversight.list(new ActivityQuery(unit, type, body, programme, targetKind, from, to), page));
	}

	@GetMapping("/{ref}")
	ActivityDetails activity(@PathVariable String ref) {
		return oversight.find(ref).orElseThrow(() -> new UnknownActivity(ref));
	}

	record TargetOutcome(TargetKind kind, String code, Outcome outcome) {
	}

	record Conclusion(LocalDate concludedOn, String findings, List<TargetOutcome> outcomes) {
	}

	@PostMapping("/{ref}/conclude")
	@RolesAllowed({ "LEADER", "ADMIN" })
	ActivityDetails conclude(@PathVariable String ref, @RequestBody Conclusion conclusion) {
		Map<TargetRef, Outcome> outcomes = new LinkedHashMap<>();
		for (TargetOutcome given : conclusion.outcomes() == null ? List.<TargetOutcome>of() : conclusion.outcomes()) {
			if (given.kind() == null || given.code() == null || given.outcome() == null) {
				throw new InvalidField("outcomes", "each needs kind, code and outcome");
			}
			outcomes.put(new TargetRef(given.kind(), given.code().strip()), given.outcome());
		}
		return oversight.conclude(ref, outcomes, conclusion.concludedOn(), conclusion.findings());
	}
}
