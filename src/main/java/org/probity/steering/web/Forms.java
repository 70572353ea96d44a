package org.probity.steering.web;

import org.probity.shared.InvalidField;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers shared by the steering pages and API. */
final class Forms {

	private Forms() {
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Carries a refused form's message and field to the page the browser is sent back to. */
	static String refused(InvalidField invalid, RedirectAttributes redirect, String target) {
		redirect.addFlashAttribute("error", invalid.getMessage());
		redirect.addFlashAttribute("errorField", invalid.field());
		return "redirect:" + target;
	}
}
