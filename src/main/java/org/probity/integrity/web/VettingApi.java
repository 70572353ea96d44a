package org.probity.integrity.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.NewVettingRequest;
import org.probity.integrity.VettingCounts;
import org.probity.integrity.VettingManagement;
import org.probity.integrity.VettingOutcome;
import org.probity.integrity.VettingView;
import org.probity.shared.InvalidField;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vetting requests as JSON: made and decided by leaders, read by leaders and auditors. */
@RestController
@RequestMapping("/api/v1/vetting-requests")
@RolesAllowed({ "ADMIN", "LEADER", "AUDITOR" })
class VettingApi {

	private final VettingManagement vetting;

	VettingApi(VettingManagement vetting) {
		this.vetting = vetting;
	}

	@GetMapping
	PagedModel<VettingView> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) VettingOutcome outcome, @RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(vetting.list(unit, outcome, page));
	}

	@GetMapping("/{id}")
	VettingView one(@PathVariable long id) {
		return vetting.find(id);
	}

	/** Requests made in a window by units of a subtree, by outcome. */
	@GetMapping("/counts")
	VettingCounts counts(@RequestParam(required = false) String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return vetting.counts(unit, from, to);
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping
	ResponseEntity<VettingView> request(@RequestBody NewVettingRequest request) {
		VettingView made = vetting.request(request);
		return ResponseEntity.created(URI.create("/api/v1/vetting-requests/" + made.id())).body(made);
	}

	record Decision(VettingOutcome outcome, String reasons) {
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/{id}/decision")
	VettingView decide(@PathVariable long id, @RequestBody Decision decision) {
		if (decision == null) {
			throw new InvalidField("outcome", "is required");
		}
		return vetting.decide(id, decision.outcome(), decision.reasons());
	}
}
