package org.probity.access;

/**
 * The outcome of walking the audit chain: {@code intact} with the number of entries checked, or the first entry
 * whose content or link does not match.
 */
public record ChainCheck(boolean intact, long entries, Long firstBrokenSeq, String problem) {
}
