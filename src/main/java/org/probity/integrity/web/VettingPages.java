package org.probity.integrity.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.NewVettingRequest;
import org.probity.integrity.VettingManagement;
import org.probity.integrity.VettingOutcome;
import org.probity.integrity.VettingPurpose;
import org.probity.integrity.VettingView;
import org.probity.shared.Actors;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vetting requests of a subtree with the form to make one, and a request's page with its snapshot. */
@Controller
@RequestMapping("/vetting-requests")
@RolesAllowed({ "ADMIN", "LEADER", "AUDITOR" })
class VettingPages {

	private final VettingManagement vetting;

	VettingPages(VettingManagement vetting) {
		this.vetting = vetting;
	}

	@GetMapping
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) VettingOutcome outcome,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("outcome", outcome);
		model.addAttribute("outcomes", List.of(VettingOutcome.values()));
		model.addAttribute("purposes", List.of(VettingPurpose.values()));
		model.addAttribute("canRequest", Actors.hasAnyRole("ADMIN", "LEADER"));
		try {
			model.addAttribute("requests", vetting.list(unit, outcome, page));
		}
		catch (InvalidField | NotFound refused) {
			model.addAttribute("vettingError", refused.getMessage());
		}
		return "integrity/vettings";
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping
	String request(@RequestParam(required = false) String personCode,
			@RequestParam(required = false) VettingPurpose purpose, @RequestParam(required = false) String postName,
			@RequestParam(required = false) String requestedBy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
			RedirectAttributes redirect) {
		try {
			VettingView made = vetting.request(new NewVettingRequest(personCode, purpose, postName, requestedBy,
					requestedOn));
			return "redirect:/vetting-requests/" + made.id();
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("vettingError", "'" + refused.field() + "' " + refused.getMessage());
			return "redirect:/vetting-requests";
		}
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("request", vetting.find(id));
		model.addAttribute("outcomes", List.of(VettingOutcome.values()));
		model.addAttribute("canDecide", Actors.hasAnyRole("ADMIN", "LEADER"));
		return "integrity/vetting";
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) VettingOutcome outcome,
			@RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		try {
			vetting.decide(id, outcome, reasons);
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("vettingError", "'" + refused.field() + "' " + refused.getMessage());
		}
		return "redirect:/vetting-requests/" + id;
	}
}
