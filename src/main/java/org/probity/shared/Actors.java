package org.probity.shared;

import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user's name and roles, for modules that must not depend on {@code access}. */
public final class Actors {

	private Actors() {
	}

	public static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.username();
		}
		return "system";
	}

	/** The signed-in user's own person record, if linked; null otherwise. */
	public static String personCode() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal ? principal.personCode() : null;
	}

	/** True if the signed-in user has one of the roles (such as {@code LEADER}). */
	public static boolean hasAnyRole(String... roles) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities()
			.stream()
			.anyMatch(granted -> Arrays.stream(roles).anyMatch(role -> ("ROLE_" + role).equals(granted.getAuthority())));
	}
}
