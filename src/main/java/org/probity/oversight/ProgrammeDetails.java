package org.probity.oversight;

import java.util.List;

/** A programme with each planned item and its state. */
public record ProgrammeDetails(ProgrammeView programme, List<PlannedItemView> items) {
}
