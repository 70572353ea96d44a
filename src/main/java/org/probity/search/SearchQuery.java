package org.probity.search;

import org.probity.shared.Texts;

/**
 * What a reader asks: words (with {@code "phrases"}, {@code prefix*}, {@code typo~} and {@code -not} if they like),
 * narrowed by the facets they picked, and a page.
 */
public record SearchQuery(String text, String type, String unit, Integer year, String status, int page) {

	static final int MAX_TEXT = 200;

	/** Deep pages are of no use to a reader and expensive for the index. */
	static final int MAX_PAGE = 100;

	public SearchQuery {
		text = Texts.clip(Texts.blankToNull(text), MAX_TEXT);
		type = Texts.clip(Texts.blankToNull(type), 64);
		unit = Texts.clip(Texts.blankToNull(unit), 64);
		status = Texts.clip(Texts.blankToNull(status), 64);
		page = Math.clamp(page, 0, MAX_PAGE);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, 0);
	}

	boolean isBlank() {
		return text == null;
	}
}
