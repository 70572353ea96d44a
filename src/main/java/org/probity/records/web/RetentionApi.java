package org.probity.records.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.records.DisposalView;
import org.probity.records.LegalHoldView;
import org.probity.records.RetentionManagement;
import org.probity.records.RetentionOverview;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention")
class RetentionApi {

	record Proposal(Long documentId) {
	}

	record Hold(Long documentId, String reason) {
	}

	private final RetentionManagement retention;

	RetentionApi(RetentionManagement retention) {
		this.retention = retention;
	}

	@GetMapping
	RetentionOverview overview() {
		return retention.overview();
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/disposals")
	@ResponseStatus(HttpStatus.CREATED)
	DisposalView propose(@RequestBody Proposal proposal) {
		return retention.propose(proposal.documentId());
	}

	/** A second user, a leader, approves: only then is the document disposed of. */
	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/disposals/{id}/approve")
	DisposalView approve(@PathVariable long id) {
		return retention.approve(id);
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/holds")
	@ResponseStatus(HttpStatus.CREATED)
	LegalHoldView hold(@RequestBody Hold hold) {
		return retention.hold(hold.documentId(), hold.reason());
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/holds/{id}/release")
	LegalHoldView release(@PathVariable long id) {
		return retention.release(id);
	}
}
