package org.probity.petitions.clock;

/** The set of statutory time limits a unit works under. */
public enum JurisdictionProfile {
	/** Vietnamese law as it applies in most of the country. */
	VN_STANDARD,
	/** Vietnamese law for remote and disadvantaged areas, where complaints get longer to settle. */
	VN_REMOTE,
	/** EU Whistleblower Directive 2019/1937, for bodies that take reports under it. */
	EU_WHISTLEBLOWER
}
