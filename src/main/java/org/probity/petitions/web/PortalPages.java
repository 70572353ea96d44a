package org.probity.petitions.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.Petitioner;
import org.probity.petitions.PublicPortal;
import org.probity.petitions.PublicPortal.CitizenView;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitKind;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages, no sign-in and no JavaScript needed: submit a petition, keep the receipt code, follow it. The
 * code travels only in form posts, never in a URL.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

	private final PublicPortal portal;

	private final UnitManagement units;

	PortalPages(PublicPortal portal, UnitManagement units) {
		this.portal = portal;
		this.units = units;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("bodies", Jurisdiction.asSystem(() -> units.search("", 500))
			.stream()
			.filter(unit -> unit.kind() != UnitKind.PARTY_CELL && unit.kind() != UnitKind.CENTRAL && unit.validTo() == null)
			.toList());
		return "petitions/portal";
	}

	@PostMapping
	String submit(@RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) String body,
			@RequestParam(required = false) String subjectName, @RequestParam(required = false) String content,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String address,
			HttpServletRequest request, Model model) {
		try {
			if (kind == null) {
				throw new InvalidField("kind", "is required");
			}
			if (content == null || content.isBlank() || content.length() > 20000) {
				throw new InvalidField("content", "must be 1 to 20000 characters");
			}
			Petitioner petitioner = anonymous ? null : new Petitioner(Texts.clip(Texts.blankToNull(name), 200), null, Texts.clip(Texts.blankToNull(phone), 40), Texts.clip(Texts.blankToNull(address), 400));
			model.addAttribute("receipt", portal.submit(kind, body, Texts.clip(Texts.blankToNull(subjectName), 300), content, anonymous,
					petitioner, request.getRemoteAddr()));
			return "petitions/receipt";
		}
		catch (InvalidField invalid) {
			model.addAttribute("error", invalid.getMessage());
			model.addAttribute("errorField", invalid.field());
			model.addAttribute("typed", content);
			return form(model);
		}
	}

	@GetMapping("/follow")
	String followForm() {
		return "petitions/follow";
	}

	@PostMapping("/follow")
	String follow(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
		try {
			return show(code, portal.follow(code, request.getRemoteAddr()), model);
		}
		catch (InvalidField tooMany) {
			model.addAttribute("tooMany", true);
			return "petitions/follow";
		}
	}

	@PostMapping("/messages")
	String message(@RequestParam(required = false) String code, @RequestParam(required = false) String body,
			HttpServletRequest request, Model model) {
		Optional<CitizenView> view;
		try {
			view = portal.follow(code, request.getRemoteAddr());
		}
		catch (InvalidField tooMany) {
			model.addAttribute("tooMany", true);
			return "petitions/follow";
		}
		if (view.isPresent()) {
			try {
				view = Optional.of(portal.message(code, body));
			}
			catch (InvalidField invalid) {
				model.addAttribute("error", invalid.getMessage());
			}
		}
		return show(code, view, model);
	}

	private static String show(String code, Optional<CitizenView> view, Model model) {
		if (view.isEmpty()) {
			model.addAttribute("unknown", true);
			return "petitions/follow";
		}
		model.addAttribute("view", view.get());
		model.addAttribute("code", code);
		return "petitions/status";
	}

}
