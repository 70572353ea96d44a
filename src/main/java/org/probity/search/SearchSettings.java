package org.probity.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives: {@code lucene} under {@code indexDir} (or in memory, for tests), or an {@code opensearch} /
 * {@code elasticsearch} cluster at {@code hosts} (comma-separated {@code host:port}).
 */
@ConfigurationProperties("probity.search")
record SearchSettings(Backend backend, Path indexDir, boolean inMemory, String hosts, String protocol, String username,
		String password, boolean indexOnStart) {

	enum Backend {

		LUCENE, OPENSEARCH, ELASTICSEARCH;

		boolean clustered() {
			return this != LUCENE;
		}
	}

	SearchSettings {
		backend = backend == null ? Backend.LUCENE : backend;
		protocol = protocol == null || protocol.isBlank() ? "http" : protocol;
	}
}
