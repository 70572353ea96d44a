package org.probity.records;

import java.time.LocalDate;

/** A document whose retention period has run out: disposable unless its record is under a legal hold. */
public record DueDocument(long documentId, String ownerType, String ownerId, String fileName, LocalDate dated,
		LocalDate keptUntil, boolean held, boolean proposed) {
}
