package org.probity.shared;

/**
 * Published, inside the writing transaction, by every module that changes a record; the audit log appends it to
 * its hash chain before the transaction commits. Digests are SHA-256 of the record before and after (empty when
 * there was nothing), never the values themselves, so nothing confidential lands in the log.
 */
public record AuditedChange(String action, String subjectType, String subjectId, String detail, String beforeDigest,
		String afterDigest) {

	public AuditedChange {
		beforeDigest = beforeDigest == null ? "" : beforeDigest;
		afterDigest = afterDigest == null ? "" : afterDigest;
		detail = detail == null ? "" : detail;
	}

	public static AuditedChange of(String action, String subjectType, String subjectId, String detail, Object before,
			Object after) {
		return new AuditedChange(action, subjectType, subjectId, detail, Digests.sha256OrEmpty(before),
				Digests.sha256OrEmpty(after));
	}
}
