package org.probity.units.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.units.Restructured;
import org.probity.units.Restructuring;
import org.probity.units.UnitRestructuring;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RestructuringApi {

	private final UnitRestructuring restructuring;

	RestructuringApi(UnitRestructuring restructuring) {
		this.restructuring = restructuring;
	}

	/** Merges, splits or moves units on a date; custody and handover manifests follow (see the records module). */
	@RolesAllowed("ADMIN")
	@PostMapping("/api/v1/units/restructurings")
	@ResponseStatus(HttpStatus.CREATED)
	Restructured restructure(@RequestBody Restructuring change) {
		return restructuring.apply(change);
	}
}
