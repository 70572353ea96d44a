package org.probity.search.web;

import java.util.List;

import org.probity.search.SearchQuery;
import org.probity.search.SearchResults;
import org.probity.search.SearchResults.Facet;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a results page: each facet value narrows the current search, a chosen one can be cleared. Public
 * only so the template can read it.
 */
public record SearchLinks(SearchQuery query, SearchResults results) {

	static final List<String> FACETS = List.of("type", "unit", "year", "status");

	public record Choice(String label, long count, String href, boolean chosen) {
	}

	public record Group(String name, List<Choice> choices, String clearHref) {
	}

	public List<Group> groups() {
		return FACETS.stream()
			.filter(name -> chosen(name) != null || !results.facets().getOrDefault(name, List.of()).isEmpty())
			.map(name -> new Group(name, choices(name), chosen(name) == null ? null : href(name, null, 0)))
			.toList();
	}

	public String previous() {
		return href(null, null, query.page() - 1);
	}

	public String next() {
		return href(null, null, query.page() + 1);
	}

	private List<Choice> choices(String name) {
		return results.facets()
			.getOrDefault(name, List.of())
			.stream()
			.map(facet -> new Choice(facet.label(), facet.count(), href(name, facet.value(), 0), chosen(facet, name)))
			.toList();
	}

	private boolean chosen(Facet facet, String name) {
		return facet.value().equals(chosen(name));
	}

	private String chosen(String name) {
		return switch (name) {
			case "type" -> query.type();
			case "unit" -> query.unit();
			case "year" -> query.year() == null ? null : String.valueOf(query.year());
			default -> query.status();
		};
	}

	/** The current search with one facet set to the value (null clears it) and the given page. */
	private String href(String facet, String value, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search").queryParam("q", query.text());
		for (String name : FACETS) {
			String chosen = name.equals(facet) ? value : chosen(name);
			if (chosen != null) {
				link.queryParam(name, chosen);
			}
		}
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}
}
