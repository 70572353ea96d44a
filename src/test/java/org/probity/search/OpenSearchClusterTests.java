package org.probity.search;

import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.ProbityIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same search cases as {@link SearchIntegrationTests}, with the application switched to a real three-node
 * OpenSearch cluster by configuration alone. The cluster extension comes first so it stops the cluster last, after
 * Spring has closed this class's context.
 */
@ExtendWith(OpenSearchCluster.class)
@ProbityIntegrationTest
@DirtiesContext
class OpenSearchClusterTests extends IndexingCases {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		registry.add("probity.search.backend", () -> "opensearch");
		registry.add("probity.search.hosts", OpenSearchCluster::hosts);
		registry.add("spring.jpa.properties.hibernate.search.schema_management.strategy", () -> "drop-and-create");
	}
}
