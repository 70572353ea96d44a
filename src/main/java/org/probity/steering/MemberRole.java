package org.probity.steering;

/** A member's place in a steering committee. */
public enum MemberRole {
	CHAIR, DEPUTY, MEMBER, SECRETARY
}
