package org.probity.reports;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

/** A list page's address with its filters: the unit first, then the given pairs, then the window if any. */
final class Links {

	private Links() {
	}

	static String to(String path, String unit, LocalDate from, LocalDate to, String... filters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("unit", unit);
		for (int i = 0; i < filters.length; i += 2) {
			uri.queryParam(filters[i], filters[i + 1]);
		}
		if (from != null) {
			uri.queryParam("from", from).queryParam("to", to);
		}
		return uri.encode().build().toUriString();
	}
}
