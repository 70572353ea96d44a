package org.probity.shared;

/** Small text helpers for values bound for columns of a fixed width. */
public final class Texts {

	private Texts() {
	}

	/** The text cut to {@code max} characters; null stays null. */
	public static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** Null for null or blank text, else the text without surrounding white space. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
