package org.probity.records.web;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import org.probity.records.HandoverManagement;
import org.probity.records.HandoverSide;
import org.probity.records.SignOff;
import org.probity.shared.InvalidField;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handovers the reader's units gave or received; one with its items, sign-off forms and a check. */
@Controller
@RequestMapping("/handovers")
class HandoverPages {

	private final HandoverManagement handovers;

	private final HandoverMinutes minutes;

	HandoverPages(HandoverManagement handovers, HandoverMinutes minutes) {
		this.handovers = handovers;
		this.minutes = minutes;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("handovers", handovers.list());
		return "records/handovers";
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("details", handovers.find(id).orElseThrow(() -> HandoverApi.missing(id)));
		return "records/handover";
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam(required = false) HandoverSide side,
			@RequestParam(required = false) String discrepancies, RedirectAttributes redirect) {
		try {
			handovers.signOff(id, new SignOff(side, discrepancies));
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("handoverError", "'" + refused.field() + "' " + refused.getMessage());
		}
		return "redirect:/handovers/" + id;
	}

	/** The check answers on the page itself: what it found is shown beside the manifest. */
	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "AUDITOR" })
	@PostMapping("/{id}/check")
	String check(@PathVariable long id, Model model) {
		model.addAttribute("check", handovers.check(id));
		return one(id, model);
	}

	@GetMapping("/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("handover-" + id + ".pdf").build().toString())
			.body(minutes.of(handovers.find(id).orElseThrow(() -> HandoverApi.missing(id)), locale));
	}
}
