package org.probity.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a user; every role but ADMIN needs a home unit. */
public record NewUser(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}",
				message = "must be 3 to 100 lower-case letters, digits, '.', '_' or '-'") String username,
		@NotNull @Size(min = 10, max = 128, message = "must be 10 to 128 characters") String password,
		@NotNull Role role,
		@Size(max = 64) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?", message = "is not a unit code") String unitCode,
		@Size(max = 64) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?", message = "is not a person code") String personCode) {

	/** Without a person record, as most clients create users. */
	public NewUser(String username, String password, Role role, String unitCode) {
		this(username, password, role, unitCode, null);
	}
}
