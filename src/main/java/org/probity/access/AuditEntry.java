package org.probity.access;

import java.time.Instant;

/** One link of the audit chain. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subjectType, String subjectId,
		String detail, String beforeDigest, String afterDigest, String prevHash, String hash) {

	/** The hash this entry must carry: SHA-256 over the previous hash and every field. */
	String expectedHash() {
		return org.probity.shared.Digests.sha256(String.join("\n", prevHash, Long.toString(seq),
				Long.toString(at.toEpochMilli()), actor, action, subjectType, subjectId, detail, beforeDigest,
				afterDigest));
	}
}
