package org.probity.shared.imports;

/** What a successful import did. */
public record ImportResult(String dataset, long imported) {
}
