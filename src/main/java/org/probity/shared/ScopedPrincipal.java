package org.probity.shared;

/**
 * A signed-in reader whose jurisdiction is a subtree of units, given as its materialised path.
 */
public interface ScopedPrincipal {

	String username();

	/** Materialised path of the subtree this reader may see, such as {@code /VN/QN/}; {@code /} is nation-wide. */
	String scopePath();

	/** The code of the reader's own person record, if they have one; null otherwise. */
	default String personCode() {
		return null;
	}
}
