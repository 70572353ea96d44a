package org.probity.petitions;

import java.time.Instant;

public record TimelineEntry(Instant at, String actor, String action, PetitionStatus from, PetitionStatus to,
		String note) {
}
