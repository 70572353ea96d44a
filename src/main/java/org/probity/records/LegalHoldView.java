package org.probity.records;

import java.time.Instant;

public record LegalHoldView(long id, String ownerType, String ownerId, String reason, String placedBy,
		Instant placedAt, String releasedBy, Instant releasedAt) {
}
