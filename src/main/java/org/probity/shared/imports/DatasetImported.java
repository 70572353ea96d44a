package org.probity.shared.imports;

import java.time.Instant;

/**
 * Published inside the import's writing transaction once every row is written. Rows written by SQL carry an
 * {@code updated_at} of {@code writingFrom} or later, so a listener (the search index) can find what changed.
 */
public record DatasetImported(String dataset, long rows, Instant writingFrom) {
}
