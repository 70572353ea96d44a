package org.probity.shared.search;

/** An entity marked {@link Searchable} says what it puts in the search index. */
public interface HasSearchCard {

	SearchCard searchCard();
}
