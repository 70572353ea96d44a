package org.probity.records;

import java.time.Instant;
import java.util.List;

import org.probity.shared.KeptRecord;

/**
 * The manifest recomputed from the database as it is now: records listed but gone ({@code missing}), filed since
 * ({@code added}), or whose digest differs ({@code changed}, with the digest they have now).
 */
public record HandoverCheck(long handover, boolean clean, String manifestDigest, String currentDigest,
		List<KeptRecord> missing, List<KeptRecord> added, List<KeptRecord> changed, Instant checkedAt) {

	public int differences() {
		return missing.size() + added.size() + changed.size();
	}
}
