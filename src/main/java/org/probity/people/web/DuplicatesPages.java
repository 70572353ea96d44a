package org.probity.people.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.people.PersonMerge;
import org.probity.people.PersonMerging;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Probable duplicate persons, each group with a form to merge one into another. */
@Controller
class DuplicatesPages {

	private final PersonMerging merging;

	DuplicatesPages(PersonMerging merging) {
		this.merging = merging;
	}

	@GetMapping("/people/duplicates")
	String duplicates(Model model) {
		model.addAttribute("groups", merging.duplicates());
		return "people/duplicates";
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/people/duplicates/merge")
	String merge(@RequestParam(required = false) String keep, @RequestParam(required = false) String merge,
			RedirectAttributes redirect) {
		try {
			merging.merge(new PersonMerge(keep, merge));
			redirect.addFlashAttribute("mergeDone", keep);
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("mergeError", "'" + refused.field() + "' " + refused.getMessage());
		}
		return "redirect:/people/duplicates";
	}
}
