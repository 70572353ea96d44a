package org.probity.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total within the reader's jurisdiction, and the facets that narrow it. */
public record SearchResults(long total, List<SearchHit> hits, int page, int pageSize, Map<String, List<Facet>> facets) {

	/** A value to narrow by, such as the year 2025, its label and how many hits it keeps. */
	public record Facet(String value, String label, long count) {
	}

	static SearchResults none(int page) {
		return new SearchResults(0, List.of(), page, SearchManagement.PAGE_SIZE, Map.of());
	}

	public boolean hasNext() {
		return (long) (page + 1) * pageSize < total && page < SearchQuery.MAX_PAGE;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
