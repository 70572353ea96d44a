package org.probity.shared.imports;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the signed-in user's role may import a dataset. */
final class ImportAccess {

	private ImportAccess() {
	}

	static void check(ImportDataset dataset) {
		boolean allowed = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> dataset.roles().stream().anyMatch(role -> ("ROLE_" + role).equals(authority.getAuthority())));
		if (!allowed) {
			throw new AccessDeniedException("Your role may not import " + dataset.name());
		}
	}
}
