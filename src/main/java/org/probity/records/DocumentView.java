package org.probity.records;

import java.time.Instant;

public record DocumentView(long id, String fileName, String mediaType, long size, String sha256, DocumentFacts facts,
		String uploadedBy, Instant uploadedAt, DocumentText text) {
}
