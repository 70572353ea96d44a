package org.probity.steering;

import java.time.LocalDate;

/** A member to add: a person of the people register by code, or a name alone; the dates may be left open. */
public record NewMember(String personCode, String fullName, MemberRole role, LocalDate servedFrom,
		LocalDate servedTo) {
}
