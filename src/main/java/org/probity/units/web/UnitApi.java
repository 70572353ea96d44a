package org.probity.units.web;

import java.util.List;

import org.probity.units.UnitDetails;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.probity.units.UnknownUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

	private final UnitManagement units;

	UnitApi(UnitManagement units) {
		this.units = units;
	}

	/** The root units the caller sees, or, with {@code q}, units whose name or code contains it. */
	@GetMapping
	List<UnitView> roots(@RequestParam(required = false) String q) {
		return q == null || q.isBlank() ? units.roots() : units.search(q, 50);
	}

	@GetMapping("/{code}")
	UnitDetails unit(@PathVariable String code) {
		return units.details(code).orElseThrow(() -> new UnknownUnit(code));
	}
}
