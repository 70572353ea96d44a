package org.probity.search;

import org.probity.ProbityIntegrationTest;

/** The search cases on the embedded Lucene index, over H2 and again over PostgreSQL. */
@ProbityIntegrationTest
class SearchIntegrationTests extends IndexingCases {
}
