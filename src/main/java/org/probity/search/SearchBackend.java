package org.probity.search;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Turns {@link SearchSettings} into Hibernate Search's settings, so switching to a cluster is configuration only.
 * An explicit {@code spring.jpa.properties.hibernate.search.*} setting always wins.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

	private static final String PREFIX = "hibernate.search.backend.";

	private final SearchSettings settings;

	SearchBackend(SearchSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		properties.putIfAbsent(PREFIX + "analysis.configurer", "class:" + FoldedAnalysis.class.getName());
		if (settings.backend().clustered()) {
			properties.putIfAbsent(PREFIX + "type", "elasticsearch");
			properties.putIfAbsent(PREFIX + "hosts", settings.hosts());
			properties.putIfAbsent(PREFIX + "protocol", settings.protocol());
			if (settings.username() != null && !settings.username().isBlank()) {
				properties.putIfAbsent(PREFIX + "username", settings.username());
				properties.putIfAbsent(PREFIX + "password", settings.password());
			}
			return;
		}
		properties.putIfAbsent(PREFIX + "type", "lucene");
		properties.putIfAbsent(PREFIX + "lucene_version", "LATEST");
		if (settings.inMemory()) {
			properties.putIfAbsent(PREFIX + "directory.type", "local-heap");
		}
		else {
			properties.putIfAbsent(PREFIX + "directory.root", settings.indexDir().toAbsolutePath().toString());
		}
	}
}
