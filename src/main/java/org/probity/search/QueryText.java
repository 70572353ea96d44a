package org.probity.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reader's words as given, and a tolerant version of them: words of four letters or more allow one typo, and the
 * last word is also a prefix (the reader may not have finished typing it). Words with query syntax are left alone.
 */
final class QueryText {

	private static final Pattern SYNTAX = Pattern.compile("[\"*~+|\\-()\\\\]");

	private static final int FUZZY_FROM = 4;

	private QueryText() {
	}

	/** The tolerant form, or null when the reader wrote query syntax and meant exactly that. */
	static String tolerant(String text) {
		if (SYNTAX.matcher(text).find()) {
			return null;
		}
		List<String> words = Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String loose = word.codePointCount(0, word.length()) >= FUZZY_FROM ? word + "~1" : word;
			query.append(i == words.size() - 1 ? "(" + loose + " | " + word + "*)" : loose).append(' ');
		}
		return query.toString().strip();
	}
}
