package org.probity.petitions.repeats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a petition says, as sets of folded words and word pairs, compared by how much of the shorter text the
 * longer one contains: a repeat is often a shortened copy with a new greeting and new signatures around it.
 * Formulas every petition uses ("kính gửi", "tố cáo", "đề nghị xem xét giải quyết", "UBND xã") are left out;
 * they match everything. Names and offices are left out by the caller, and numbers are weighed as facts.
 */
record TextSignature(Set<String> words, Set<String> pairs, long[] minHashes) {

	static final int BANDS = 16;

	static final int ROWS = 3;

	private static final Set<String> FORMULAS = Set.of("kinh", "gui", "toi", "chung", "xin", "trinh", "bay", "de",
			"nghi", "xem", "xet", "giai", "quyet", "tran", "trong", "cam", "on", "la", "va", "cua", "co", "da", "duoc",
			"cac", "nhung", "mot", "nay", "do", "voi", "cho", "tai", "o", "den", "ve", "theo", "khong", "ma", "thi", "se",
			"dang", "bi", "nhu", "tu", "ra", "vao", "len", "con", "nen", "vi", "neu", "khi", "hay", "cung", "rat",
			"ong", "ba", "anh", "chi", "em", "ay", "viec", "su", "nguoi", "lam", "don", "ky", "ten", "ngay", "thang",
			"nam", "so", "thua", "to", "dat", "ban", "dong", "trieu", "ty", "ho", "gia", "dinh", "chinh", "quyen",
			"quan", "tham", "ung", "kiem", "tra", "ro", "xu", "ly", "nghiem", "minh", "bach", "lai", "phan", "cao", "khieu",
			"nai", "huyen", "xa", "tinh", "thon", "phuong", "ubnd");

	static TextSignature of(String folded) {
		List<String> kept = new ArrayList<>();
		for (String word : folded.split("[^a-z0-9]+")) {
			if (word.length() > 1 && !FORMULAS.contains(word) && !Character.isDigit(word.charAt(0))) {
				kept.add(word);
			}
		}
		Set<String> words = new HashSet<>(kept);
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < kept.size(); i++) {
			pairs.add(kept.get(i) + " " + kept.get(i + 1));
		}
		return new TextSignature(Set.copyOf(words), Set.copyOf(pairs), minHashes(words));
	}

	/** Between 0 and 1: mostly containment of the shorter text, a little Jaccard so a bare fragment counts less. */
	double similarity(TextSignature other) {
		return 0.5 * overlap(words, other.words) + 0.5 * overlap(pairs, other.pairs);
	}

	List<String> bandKeys() {
		List<String> keys = new ArrayList<>();
		if (words.size() < ROWS) {
			return keys;
		}
		for (int band = 0; band < BANDS; band++) {
			long hash = band;
			for (int row = 0; row < ROWS; row++) {
				hash = mix(hash * 31 + minHashes[band * ROWS + row]);
			}
			keys.add("h:" + band + ":" + Long.toHexString(hash));
		}
		return keys;
	}

	private static long[] minHashes(Set<String> words) {
		long[] minima = new long[BANDS * ROWS];
		Arrays.fill(minima, Long.MAX_VALUE);
		for (String word : words) {
			long base = fnv(word);
			for (int k = 0; k < minima.length; k++) {
				minima[k] = Math.min(minima[k], mix(base ^ (0x9E3779B97F4A7C15L * (k + 1))));
			}
		}
		return minima;
	}

	private static double overlap(Set<String> a, Set<String> b) {
		int smaller = Math.min(a.size(), b.size());
		if (smaller == 0) {
			return 0;
		}
		int common = common(a, b);
		double containment = (double) common / smaller;
		double jaccard = (double) common / (a.size() + b.size() - common);
		return 0.7 * containment + 0.3 * jaccard;
	}

	private static int common(Set<String> a, Set<String> b) {
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		int common = 0;
		for (String item : small) {
			if (large.contains(item)) {
				common++;
			}
		}
		return common;
	}

	/** FNV-1a: the same hash on every JVM, so stored keys stay valid across releases. */
	private static long fnv(String word) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < word.length(); i++) {
			hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	/** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
