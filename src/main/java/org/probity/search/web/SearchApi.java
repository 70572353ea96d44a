package org.probity.search.web;

import java.util.Map;

import org.probity.search.SearchManagement;
import org.probity.search.SearchQuery;
import org.probity.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	private final SearchManagement search;

	SearchApi(SearchManagement search) {
		this.search = search;
	}

	/** {@code {total, hits:[{type, id, title, snippet, link}], page, pageSize, facets}} within the caller's jurisdiction. */
	@GetMapping
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
		return search.search(new SearchQuery(q, type, unit, year, status, page));
	}

	/** Rebuilds the whole index from the database, ADMIN only; searches find less until it is done. */
	@PostMapping("/reindex")
	Map<String, Long> reindex() {
		return Map.of("documents", search.rebuildIndex());
	}
}
