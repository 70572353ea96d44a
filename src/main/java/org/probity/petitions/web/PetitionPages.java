package org.probity.petitions.web;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionQuery;
import org.probity.petitions.PetitionStatus;
import org.probity.petitions.Registered;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox, the intake form and the petition page. */
@Controller
@RequestMapping("/petitions")
class PetitionPages {

	private final PetitionManagement petitions;

	PetitionPages(PetitionManagement petitions) {
		this.petitions = petitions;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) String unit, @RequestParam(required = false) PetitionStatus status,
			@RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) String assignedTo,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean handled, @RequestParam(defaultValue = "false") boolean matters,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PetitionQuery query = new PetitionQuery(unit, status, kind, assignedTo, overdue, from, to, handled, matters);
		model.addAttribute("query", query);
		model.addAttribute("petitions", petitions.list(query, page));
		return htmx != null ? "petitions/fragments :: inbox" : "petitions/inbox";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", new PetitionForm());
		return "petitions/new";
	}

	/** A failed save returns the form with everything typed and the field at fault named. */
	@PostMapping
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	String register(@Valid @ModelAttribute("form") PetitionForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "petitions/new";
		}
		try {
			Registered registered = petitions.register(form.toNewPetition());
			redirect.addFlashAttribute("registered", registered);
			return "redirect:/petitions/" + registered.id();
		}
		catch (InvalidField invalid) {
			errors.rejectValue(field(invalid.field()), "invalid", invalid.getMessage());
			return "petitions/new";
		}
	}

	private static String field(String field) {
		return switch (field) {
			case "kind", "channel", "receivedOn", "receivedBy", "petitioners", "subjectName", "subjectUnitCode",
					"content" -> field;
			default -> "content";
		};
	}

	@GetMapping("/{id}")
	String petition(@PathVariable long id, Model model) {
		model.addAttribute("details",
				petitions.find(id).orElseThrow(() -> new NotFound("No petition " + id + " in your jurisdiction")));
		return "petitions/petition";
	}
}
