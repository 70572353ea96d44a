package org.probity.records;

import java.util.List;

/** What the retention page shows: documents past retention, disposals proposed and done, legal holds. */
public record RetentionOverview(List<DueDocument> due, List<DisposalView> disposals, List<LegalHoldView> holds) {
}
