package org.probity.integrity.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.SignalKind;
import org.probity.integrity.SignalManagement;
import org.probity.integrity.SignalQuery;
import org.probity.integrity.SignalState;
import org.probity.shared.Actors;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The signals list with its filters, and a signal's page with its evidence and the acknowledge and resolve forms. */
@Controller
@RequestMapping("/signals")
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "AUDITOR" })
class SignalPages {

	private final SignalManagement signals;

	SignalPages(SignalManagement signals) {
		this.signals = signals;
	}

	@GetMapping
	String list(@RequestParam(required = false) SignalKind kind, @RequestParam(required = false) SignalState state,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", List.of(SignalKind.values()));
		model.addAttribute("states", List.of(SignalState.values()));
		model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/signals")
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
			.queryParamIfPresent("state", java.util.Optional.ofNullable(state))
			.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit).filter(u -> !u.isBlank()))
			.encode()
			.build()
			.toUriString());
		try {
			model.addAttribute("signals", signals.list(new SignalQuery(kind, state, unit), page));
		}
		catch (InvalidField invalid) {
			model.addAttribute("filterError", "'" + invalid.field() + "' " + invalid.getMessage());
		}
		catch (NotFound unknown) {
			model.addAttribute("filterError", "'unit' " + unknown.getMessage());
		}
		return htmx != null ? "integrity/signal-fragments :: results" : "integrity/signals";
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("signal", signals.find(id).orElseThrow(() -> new NotFound("No signal " + id)));
		model.addAttribute("canHandle", Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER"));
		return "integrity/signal";
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return move(id, redirect, () -> signals.acknowledge(id, note));
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return move(id, redirect, () -> signals.resolve(id, note));
	}

	private static String move(long id, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("signalError", "'" + refused.field() + "' " + refused.getMessage());
		}
		return "redirect:/signals/" + id;
	}
}
