package org.probity.integrity.web;

import jakarta.annotation.security.RolesAllowed;
import org.probity.integrity.IntegrityProfile;
import org.probity.integrity.ProfileManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's integrity profile as JSON; each reading is audited. */
@RestController
class ProfileApi {

	private final ProfileManagement profiles;

	ProfileApi(ProfileManagement profiles) {
		this.profiles = profiles;
	}

	@RolesAllowed({ "ADMIN", "LEADER", "AUDITOR" })
	@GetMapping("/api/v1/people/{code}/profile")
	IntegrityProfile profile(@PathVariable String code) {
		return profiles.view(code);
	}
}
