package org.probity.integrity.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.SignalKind;
import org.probity.integrity.SignalManagement;
import org.probity.integrity.SignalQuery;
import org.probity.integrity.SignalState;
import org.probity.integrity.SignalView;
import org.probity.integrity.ThresholdManagement;
import org.probity.integrity.Thresholds;
import org.probity.integrity.UnitThresholdsView;
import org.probity.shared.NotFound;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Early-warning signals and their thresholds as JSON. */
@RestController
@RequestMapping("/api/v1/signals")
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "AUDITOR" })
class SignalApi {

	private final SignalManagement signals;

	private final ThresholdManagement thresholds;

	SignalApi(SignalManagement signals, ThresholdManagement thresholds) {
		this.signals = signals;
		this.thresholds = thresholds;
	}

	@GetMapping
	PagedModel<SignalView> list(@RequestParam(required = false) SignalKind kind,
			@RequestParam(required = false) SignalState state, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(signals.list(new SignalQuery(kind, state, unit), page));
	}

	@GetMapping("/{id}")
	SignalView one(@PathVariable long id) {
		return signals.find(id).orElseThrow(() -> new NotFound("No signal " + id + " in your jurisdiction"));
	}

	record Note(String note) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/acknowledge")
	SignalView acknowledge(@PathVariable long id, @RequestBody Note note) {
		return signals.acknowledge(id, note.note());
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/resolve")
	SignalView resolve(@PathVariable long id, @RequestBody Note note) {
		return signals.resolve(id, note.note());
	}

	/** The thresholds in force at a unit (the reader's own by default), what it set itself, and the defaults. */
	@GetMapping("/thresholds")
	UnitThresholdsView thresholds(@RequestParam(required = false) String unit) {
		return thresholds.of(unit);
	}

	/** Sets a unit's own thresholds for its subtree; a null value inherits from above. */
	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/thresholds/{unit}")
	UnitThresholdsView setThresholds(@PathVariable String unit, @RequestBody Thresholds values) {
		return thresholds.set(unit, values);
	}
}
