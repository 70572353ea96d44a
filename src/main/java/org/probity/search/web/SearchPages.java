package org.probity.search.web;

import org.probity.search.SearchManagement;
import org.probity.search.SearchQuery;
import org.probity.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchPages {

	private final SearchManagement search;

	SearchPages(SearchManagement search) {
		this.search = search;
	}

	/** Results with facets that narrow them; the search box in every page's header sends here. */
	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		SearchQuery query = new SearchQuery(q, type, unit, year, status, page);
		SearchResults results = search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("searchText", query.text());
		model.addAttribute("results", results);
		model.addAttribute("links", new SearchLinks(query, results));
		return "search/results";
	}
}
