package org.probity.integrity.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.ThresholdManagement;
import org.probity.integrity.Thresholds;
import org.probity.integrity.UnitThresholdsView;
import org.probity.shared.Actors;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The thresholds of the signals at a unit, and the form a leader sets them with. */
@Controller
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "AUDITOR" })
class ThresholdPages {

	private final ThresholdManagement thresholds;

	ThresholdPages(ThresholdManagement thresholds) {
		this.thresholds = thresholds;
	}

	@GetMapping("/signal-thresholds")
	String show(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("canSet", Actors.hasAnyRole("ADMIN", "LEADER"));
		try {
			UnitThresholdsView view = thresholds.of(unit);
			model.addAttribute("thresholds", view);
			model.addAttribute("rows", rows(view));
		}
		catch (InvalidField | NotFound refused) {
			model.addAttribute("thresholdError", refused.getMessage());
		}
		return "integrity/thresholds";
	}

	/** One row per threshold: in force, the default, and the unit's own value (empty when it inherits). */
	record Row(String name, Object effective, Object defaultValue, Object own) {
	}

	private static List<Row> rows(UnitThresholdsView view) {
		List<Function<Thresholds, Object>> values = List.of(Thresholds::repeatCount, Thresholds::repeatYears,
				Thresholds::surgeWindowDays, Thresholds::surgeWindows, Thresholds::surgeFactor, Thresholds::surgeMinimum,
				Thresholds::uninspectedYears, Thresholds::statuteWarningDays, Thresholds::stuckDays);
		List<String> names = List.of("repeatCount", "repeatYears", "surgeWindowDays", "surgeWindows", "surgeFactor",
				"surgeMinimum", "uninspectedYears", "statuteWarningDays", "stuckDays");
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Function<Thresholds, Object> value = values.get(i);
			rows.add(new Row(names.get(i), value.apply(view.effective()), value.apply(view.defaults()),
					view.own() == null ? null : value.apply(view.own())));
		}
		return rows;
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/signal-thresholds")
	String set(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer repeatCount,
			@RequestParam(required = false) Integer repeatYears, @RequestParam(required = false) Integer surgeWindowDays,
			@RequestParam(required = false) Integer surgeWindows, @RequestParam(required = false) BigDecimal surgeFactor,
			@RequestParam(required = false) Integer surgeMinimum,
			@RequestParam(required = false) Integer uninspectedYears,
			@RequestParam(required = false) Integer statuteWarningDays, @RequestParam(required = false) Integer stuckDays,
			RedirectAttributes redirect) {
		try {
			thresholds.set(unit, new Thresholds(repeatCount, repeatYears, surgeWindowDays, surgeWindows, surgeFactor,
					surgeMinimum, uninspectedYears, statuteWarningDays, stuckDays));
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("thresholdError", "'" + refused.field() + "' " + refused.getMessage());
		}
		redirect.addAttribute("unit", unit == null ? "" : unit);
		return "redirect:/signal-thresholds";
	}
}
