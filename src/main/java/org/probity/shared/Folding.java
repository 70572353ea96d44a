package org.probity.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese (and other Latin) text for matching: lower case, no diacritics, {@code đ} as {@code d},
 * single spaces. "Trần Quốc Cường" and "tran  quoc cuong" fold to the same text.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * The folded form of each character of the Latin blocks Vietnamese is written in (null where a character must
	 * be folded with its neighbours). Worked out once, it folds text character by character many times faster than
	 * normalising whole texts with regular expressions, with the same result: the repeat check folds every letter.
	 */
	private static final String[] LATIN = new String[0x1F00];

	static {
		for (char c = 0; c < LATIN.length; c++) {
			if (c < 0x370 || c >= 0x1E00) {
				String folded = bare(String.valueOf(c));
				boolean makesSpace = !isSpace(c) && folded.chars().anyMatch(ch -> isSpace((char) ch));
				LATIN[c] = makesSpace ? null : folded;
			}
		}
	}

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		boolean spaced = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String letter = c < LATIN.length ? LATIN[c] : null;
			if (letter == null) {
				return slowly(text);
			}
			if (isSpace(c)) {
				spaced = true;
			}
			else if (!letter.isEmpty()) {
				if (spaced) {
					folded.append(' ');
					spaced = false;
				}
				folded.append(letter);
			}
		}
		return folded.toString().strip();
	}

	/** The definition: canonical decomposition, marks dropped, lower case, runs of white space as one space. */
	static String slowly(String text) {
		return SPACES.matcher(bare(text)).replaceAll(" ").strip();
	}

	private static String bare(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	/** What {@code \s} matches. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}
}
