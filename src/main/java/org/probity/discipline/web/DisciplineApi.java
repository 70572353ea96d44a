package org.probity.discipline.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.probity.discipline.DecisionView;
import org.probity.discipline.DisciplineManagement;
import org.probity.discipline.DisciplineQuery;
import org.probity.discipline.Form;
import org.probity.discipline.NewDecision;
import org.probity.discipline.TargetKind;
import org.probity.discipline.UnknownDecision;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/discipline")
class DisciplineApi {

	private final DisciplineManagement discipline;

	DisciplineApi(DisciplineManagement discipline) {
		this.discipline = discipline;
	}

	/**
	 * Decisions on targets in a subtree, decided in a window if from/to are given, newest first,
	 * {@value DisciplineManagement#PAGE_SIZE} a page.
	 */
	@GetMapping
	PagedModel<DecisionView> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Form form, @RequestParam(required = false) TargetKind targetKind,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(discipline.list(new DisciplineQuery(unit, form, targetKind, from, to), page));
	}

	@GetMapping("/{ref}")
	DecisionView decision(@PathVariable String ref) {
		return discipline.find(ref).orElseThrow(() -> new UnknownDecision(ref));
	}

	@PostMapping
	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	ResponseEntity<DecisionView> decide(@Valid @RequestBody NewDecision decision) {
		DecisionView decided = discipline.decide(decision);
		return ResponseEntity.created(URI.create("/api/v1/discipline/" + decided.ref())).body(decided);
	}

	record AppealRequest(LocalDate lodgedOn, @Size(max = 4000) String grounds) {
	}

	/** Within one month of the decision; settlement is then due 30 days after lodging. */
	@PostMapping("/{ref}/appeal")
	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "RECEPTIONIST" })
	DecisionView appeal(@PathVariable String ref, @Valid @RequestBody AppealRequest appeal) {
		return discipline.appeal(ref, appeal.lodgedOn(), appeal.grounds());
	}
}
