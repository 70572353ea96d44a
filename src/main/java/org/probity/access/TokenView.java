package org.probity.access;

import java.time.Instant;

/** A token as its owner sees it later: never the secret itself. */
public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {
}
