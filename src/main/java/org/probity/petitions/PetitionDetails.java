package org.probity.petitions;

import java.util.List;

import org.probity.records.DocumentView;
import org.probity.units.UnitView;

/**
 * A petition with its timeline, its conversation, the earlier petitions it resembles and the unit the rules
 * propose as competent to settle it.
 */
public record PetitionDetails(PetitionView petition, List<TimelineEntry> timeline, List<Message> messages,
		List<Registered.Similar> similar, UnitView proposedUnit, List<DocumentView> documents) {
}
