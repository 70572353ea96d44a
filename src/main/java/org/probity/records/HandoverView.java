package org.probity.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A handover as lists and the API show it: who gave what to whom, counts per record type, signatures. */
public record HandoverView(long id, String reason, String giverCode, String giverPath, String receiverCode,
		String receiverPath, LocalDate effectiveOn, Instant createdAt, int recordCount, Map<String, Long> counts,
		String overallDigest, HandoverStatus status, String giverSignedBy, Instant giverSignedAt,
		String receiverSignedBy, Instant receiverSignedAt, String discrepancies, Instant checkedAt,
		Integer checkDifferences) {
}
