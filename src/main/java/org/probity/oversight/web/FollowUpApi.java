package org.probity.oversight.web;

import java.net.URI;
import java.time.LocalDate;

import org.probity.oversight.FollowUp;
import org.probity.oversight.FollowUpManagement;
import org.probity.oversight.NewRemedialAction;
import org.probity.oversight.ReferralView;
import org.probity.oversight.RemedialActionView;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations of concluded activities: remedial actions followed up to done, and referrals. */
@RestController
@RequestMapping("/api/v1/oversight")
class FollowUpApi {

	private final FollowUpManagement followUp;

	FollowUpApi(FollowUpManagement followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/activities/{ref}/follow-up")
	FollowUp of(@PathVariable String ref) {
		return followUp.of(ref);
	}

	@PostMapping("/activities/{ref}/remedial-actions")
	ResponseEntity<RemedialActionView> recommend(@PathVariable String ref, @RequestBody NewRemedialAction action) {
		RemedialActionView saved = followUp.recommend(ref, action);
		return ResponseEntity.created(URI.create("/api/v1/oversight/activities/" + ref + "/follow-up")).body(saved);
	}

	record Done(LocalDate doneOn, String note) {
	}

	@PostMapping("/remedial-actions/{id}/done")
	RemedialActionView done(@PathVariable long id, @RequestBody Done done) {
		return followUp.done(id, done.doneOn(), done.note());
	}

	/** Open remedial actions of the bodies in a subtree, earliest deadline first; {@code overdue=true} for late ones. */
	@GetMapping("/remedial-actions")
	PagedModel<RemedialActionView> open(@RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(followUp.open(unit, overdue, page));
	}

	record NewReferral(LocalDate referredOn, String agency, String note) {
	}

	@PostMapping("/activities/{ref}/referrals")
	ResponseEntity<ReferralView> refer(@PathVariable String ref, @RequestBody NewReferral referral) {
		ReferralView saved = followUp.refer(ref, referral.referredOn(), referral.agency(), referral.note());
		return ResponseEntity.created(URI.create("/api/v1/oversight/activities/" + ref + "/follow-up")).body(saved);
	}
}
