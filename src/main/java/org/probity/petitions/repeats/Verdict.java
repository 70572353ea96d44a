package org.probity.petitions.repeats;

import java.util.List;

/**
 * Whether a later petition repeats an earlier one.
 *
 * @param score between 0 and 1; at or above {@link RepeatDetector#THRESHOLD} without a conflict means a repeat
 * @param reasons short phrases for the officer: what matched and what conflicted
 */
public record Verdict(double score, boolean repeat, List<String> reasons) {

	public Verdict {
		reasons = List.copyOf(reasons);
	}
}
