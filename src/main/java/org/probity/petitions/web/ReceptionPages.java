package org.probity.petitions.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.probity.petitions.CitizenReception;
import org.probity.petitions.NewReceptionSession;
import org.probity.petitions.ReceptionQuery;
import org.probity.shared.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reception register and the form to record a session. */
@Controller
@RequestMapping("/petitions/reception")
class ReceptionPages {

	private final CitizenReception reception;

	ReceptionPages(CitizenReception reception) {
		this.reception = reception;
	}

	/** The register, filtered as a report figure's drill-down asks: subtree, days held, dialogues only. */
	@GetMapping
	String register(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean dialogue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ReceptionQuery query = new ReceptionQuery(unit, from, to, dialogue);
		model.addAttribute("query", query);
		model.addAttribute("sessions", reception.list(query, page));
		model.addAttribute("totals", reception.totals(query));
		return "petitions/reception";
	}

	@PostMapping
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	String record(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String host, @RequestParam(defaultValue = "false") boolean adHoc,
			@RequestParam(defaultValue = "false") boolean dialogue, @RequestParam(defaultValue = "0") int citizens,
			@RequestParam(required = false) String summary, Model model) {
		try {
			if (heldOn == null || heldOn.isAfter(LocalDate.now())) {
				throw new InvalidField("heldOn", "is required and cannot be in the future");
			}
			if (host == null || host.isBlank() || host.length() > 200) {
				throw new InvalidField("host", "is required (at most 200 characters)");
			}
			if (citizens < 0 || citizens > 100000) {
				throw new InvalidField("citizens", "must be between 0 and 100000");
			}
			reception.record(new NewReceptionSession(unitCode, heldOn, host, adHoc, dialogue, citizens,
					summary == null || summary.length() <= 4000 ? summary : summary.substring(0, 4000), List.of()));
			return "redirect:/petitions/reception";
		}
		catch (InvalidField invalid) {
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
			return register(null, null, null, false, 0, model);
		}
	}
}
