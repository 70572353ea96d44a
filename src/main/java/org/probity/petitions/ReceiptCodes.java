package org.probity.petitions;

import java.security.SecureRandom;
import java.util.Locale;

import org.probity.shared.Digests;

/**
 * Receipt codes for the public portal: 20 characters of a 32-letter alphabet (100 bits of randomness), shown once
 * in groups of four and kept only as a SHA-256 digest.
 */
final class ReceiptCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptCodes() {
	}

	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The digest of a code as typed: case, spaces and dashes do not matter. */
	static String digest(String typed) {
		String bare = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		return Digests.sha256("receipt:" + bare);
	}
}
