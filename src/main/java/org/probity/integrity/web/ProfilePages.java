package org.probity.integrity.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.ProfileManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's integrity profile page; each view is audited. */
@Controller
class ProfilePages {

	private final ProfileManagement profiles;

	ProfilePages(ProfileManagement profiles) {
		this.profiles = profiles;
	}

	@RolesAllowed({ "ADMIN", "LEADER", "AUDITOR" })
	@GetMapping("/people/{code}/profile")
	String profile(@PathVariable String code, Model model) {
		model.addAttribute("profile", profiles.view(code));
		return "integrity/profile";
	}
}
