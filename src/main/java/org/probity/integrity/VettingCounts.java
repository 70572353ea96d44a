package org.probity.integrity;

import java.time.LocalDate;

/** Vetting requests of a subtree made in a window, by outcome; {@code pending} are not decided yet. */
public record VettingCounts(String unit, LocalDate from, LocalDate to, long requested, long cleared,
		long notCleared, long needsReview, long pending, long withConcerns) {
}
