package org.probity.petitions;

import java.util.List;

/** A petition with its timeline, its conversation and the earlier petitions it resembles. */
public record PetitionDetails(PetitionView petition, List<TimelineEntry> timeline, List<Message> messages,
		List<Registered.Similar> similar) {
}
