package org.probity.petitions.repeats;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.probity.shared.Folding;

/**
 * A person a petition is about, by name. Folding makes "Nguyễn Văn Hùng" and "Nguyen Van Hung" one name, but
 * "Hùng" and "Hưng" are two people: where both writers put diacritics on a word, the diacritics must agree.
 */
record Official(String folded, String[] words, boolean[] accented) {

	static Official named(String name) {
		String written = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		String[] words = written.split("\\s+");
		boolean[] accented = new boolean[words.length];
		for (int i = 0; i < words.length; i++) {
			accented[i] = !words[i].equals(Folding.fold(words[i]));
		}
		return new Official(Folding.fold(written), words, accented);
	}

	boolean sameAs(Official other) {
		if (!folded.equals(other.folded) || words.length != other.words.length) {
			return folded.equals(other.folded);
		}
		for (int i = 0; i < words.length; i++) {
			if (accented[i] && other.accented[i] && !words[i].equals(other.words[i])) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Official official && folded.equals(official.folded) && Arrays.equals(words, official.words);
	}

	@Override
	public int hashCode() {
		return folded.hashCode();
	}

	@Override
	public String toString() {
		return String.join(" ", words);
	}
}
