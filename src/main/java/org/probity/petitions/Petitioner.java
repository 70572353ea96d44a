package org.probity.petitions;

import jakarta.validation.constraints.Size;

/** A person who signed the petition; stored sealed, apart from the petition, never shown by default. */
public record Petitioner(@Size(max = 200) String name, @Size(max = 40) String idNumber, @Size(max = 40) String phone,
		@Size(max = 400) String address) {

	/** Never the identity: frameworks log request and response bodies by their text at DEBUG level. */
	@Override
	public String toString() {
		return "Petitioner[sealed]";
	}
}
