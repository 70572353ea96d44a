package org.probity.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the reader's words for the tolerant half of a search: a word may carry one typo, never in its first letter
 * ("tham" must not find "pham"), and only from five letters on: Vietnamese syllables are short, and one edit turns
 * "trai" into the surname "tran". The last word may be unfinished. Text with query syntax is meant exactly as
 * written and has no tolerant half.
 */
final class QueryText {

	private static final Pattern SYNTAX = Pattern.compile("[\"*~+|\\-()\\\\]");

	private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

	private static final int FORGIVING_FROM = 5;

	private QueryText() {
	}

	/** The words to match loosely, or null when the reader wrote query syntax. */
	static List<String> words(String text) {
		if (SYNTAX.matcher(text).find()) {
			return null;
		}
		List<String> words = Arrays.stream(text.strip().split("\\s+"))
			.filter(word -> WORDLIKE.matcher(word).find())
			.toList();
		return words.isEmpty() ? null : words;
	}

	static boolean forgiving(String word) {
		return word.codePointCount(0, word.length()) >= FORGIVING_FROM;
	}
}
