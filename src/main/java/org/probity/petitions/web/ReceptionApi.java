package org.probity.petitions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.probity.petitions.CitizenReception;
import org.probity.petitions.NewReceptionSession;
import org.probity.petitions.ReceptionView;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reception-sessions")
class ReceptionApi {

	private final CitizenReception reception;

	ReceptionApi(CitizenReception reception) {
		this.reception = reception;
	}

	@PostMapping
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	ResponseEntity<ReceptionView> record(@Valid @RequestBody NewReceptionSession session) {
		return ResponseEntity.status(201).body(reception.record(session));
	}

	@GetMapping
	PagedModel<ReceptionView> list(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(reception.list(unit, page));
	}
}
