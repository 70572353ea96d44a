package org.probity.steering;

import java.time.LocalDate;

public record MemberView(long id, String personCode, String fullName, MemberRole role, LocalDate servedFrom,
		LocalDate servedTo) {

	public boolean servingOn(LocalDate day) {
		return (servedFrom == null || !day.isBefore(servedFrom)) && (servedTo == null || !day.isAfter(servedTo));
	}
}
