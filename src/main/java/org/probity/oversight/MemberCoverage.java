package org.probity.oversight;

/** One party member of a unit in the subtree and how they were reached. */
public record MemberCoverage(String code, String fullName, String unitCode, Reach reach) {
}
