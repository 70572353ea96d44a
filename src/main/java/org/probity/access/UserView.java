package org.probity.access;

import java.time.Instant;

/** A user as the API and pages show them; never the password hash. */
public record UserView(long id, String username, Role role, String unitCode, String personCode, boolean enabled,
		Instant createdAt) {
}
