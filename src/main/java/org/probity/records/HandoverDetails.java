package org.probity.records;

import java.util.List;

import org.probity.shared.KeptRecord;

/** A handover with every record and document it lists. */
public record HandoverDetails(HandoverView handover, List<KeptRecord> items) {
}
