package org.probity.records;

import java.time.Instant;

public record DisposalView(long id, long documentId, String ownerType, String ownerId, String fileName, String sha256,
		String status, String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt) {
}
