package org.probity.discipline.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.probity.discipline.AdministrativeView;
import org.probity.discipline.DecisionView;
import org.probity.discipline.DisciplineFollowUp;
import org.probity.shared.InvalidField;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public disclosure of decisions, and the administrative discipline that must follow them. */
@RestController
@RequestMapping("/api/v1/discipline")
class DisciplineFollowUpApi {

	private final DisciplineFollowUp followUp;

	DisciplineFollowUpApi(DisciplineFollowUp followUp) {
		this.followUp = followUp;
	}

	/** {@code disclosed} true with {@code disclosedOn}, or false with the {@code reason}. */
	record DisclosureRequest(Boolean disclosed, LocalDate disclosedOn, String reason) {
	}

	@PostMapping("/{ref}/disclosure")
	DecisionView disclose(@PathVariable String ref, @RequestBody DisclosureRequest request) {
		if (request.disclosed() == null) {
			throw new InvalidField("disclosed", "is required: true or false");
		}
		return followUp.disclose(ref, request.disclosed(), request.disclosedOn(), request.reason());
	}

	/** {@code dueOn} may be left out: 30 days after the party decision. */
	record AdministrativeRequest(String authority, LocalDate dueOn) {
	}

	@PostMapping("/{ref}/administrative")
	ResponseEntity<AdministrativeView> require(@PathVariable String ref, @RequestBody AdministrativeRequest request) {
		AdministrativeView saved = followUp.requireAdministrative(ref, request.authority(), request.dueOn());
		return ResponseEntity.created(URI.create("/api/v1/discipline/" + ref + "/administrative")).body(saved);
	}

	@GetMapping("/{ref}/administrative")
	List<AdministrativeView> of(@PathVariable String ref) {
		return followUp.of(ref);
	}

	record Decided(String reference, LocalDate decidedOn, String measure) {
	}

	@PostMapping("/administrative/{id}/decided")
	AdministrativeView decided(@PathVariable long id, @RequestBody Decided decided) {
		return followUp.decided(id, decided.reference(), decided.decidedOn(), decided.measure());
	}

	/** Pending administrative follow-ups on members in a subtree; {@code overdue=true} for late ones only. */
	@GetMapping("/administrative")
	PagedModel<AdministrativeView> pending(@RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(followUp.pending(unit, overdue, page));
	}
}
