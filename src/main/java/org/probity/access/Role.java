package org.probity.access;

public enum Role {
	ADMIN, LEADER, OFFICER, RECEPTIONIST, AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
