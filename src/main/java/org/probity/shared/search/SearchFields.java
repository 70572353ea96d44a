package org.probity.shared.search;

/** The field names every searchable record has in the index, and the analyzer of its words. */
public final class SearchFields {

	public static final String TYPE = "type";

	public static final String KEY = "key";

	public static final String TITLE = "title";

	public static final String TEXT = "text";

	/** The record's unit path: the reader's jurisdiction is a prefix query on it. */
	public static final String SCOPE = "scope";

	public static final String UNIT = "unit";

	public static final String YEAR = "year";

	public static final String STATUS = "status";

	public static final String OWNER = "owner";

	public static final String LINK = "link";

	/** Lower case, Vietnamese (and any Latin) diacritics folded, {@code đ} as {@code d}. */
	public static final String FOLDED = "folded";

	private SearchFields() {
	}
}
