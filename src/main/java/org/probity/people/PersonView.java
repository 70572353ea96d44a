package org.probity.people;

import java.time.LocalDate;

/** A person as other modules and the API read them. */
public record PersonView(String code, String fullName, LocalDate birthDate, String unitCode, String position,
		boolean partyMember) {
}
