package org.probity.petitions.repeats;

import java.util.List;

/**
 * Whether two petitions are about the same official. A petition may name several people; when the officials
 * recorded differ but each is named in the other petition, the two may still be one matter seen from two sides.
 */
record OfficialAgreement(double weight, boolean conflict, List<String> reasons) {

	private static final OfficialAgreement UNKNOWN = new OfficialAgreement(0, false, List.of());

	static OfficialAgreement between(Matter earlier, Matter later) {
		if (earlier.official().isEmpty() || later.official().isEmpty()) {
			return UNKNOWN;
		}
		Official first = earlier.official().get();
		Official second = later.official().get();
		if (first.sameAs(second)) {
			return new OfficialAgreement(1, false, List.of("same official"));
		}
		if (later.names(first) || earlier.names(second)) {
			return new OfficialAgreement(0.6, false, List.of("official named in both"));
		}
		return new OfficialAgreement(0, true, List.of("different official"));
	}

	boolean known() {
		return this != UNKNOWN;
	}
}
