package org.probity.records;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a document's type from its first bytes, never from its name: PDF, Word and Excel (OOXML), PNG, JPEG,
 * TIFF scans and plain UTF-8 text. Anything else is refused.
 */
final class MediaTypes {

	static final String ACCEPTED = "PDF, Word (.docx), Excel (.xlsx), PNG, JPEG, TIFF or plain text";

	private MediaTypes() {
	}

	static Optional<String> detect(byte[] head) {
		if (starts(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("application/pdf");
		}
		if (starts(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of("image/png");
		}
		if (starts(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of("image/jpeg");
		}
		if (starts(head, new byte[] { 'I', 'I', 42, 0 }) || starts(head, new byte[] { 'M', 'M', 0, 42 })) {
			return Optional.of("image/tiff");
		}
		if (starts(head, new byte[] { 'P', 'K', 3, 4 })) {
			return office(new String(head, StandardCharsets.ISO_8859_1));
		}
		return text(head) ? Optional.of("text/plain") : Optional.empty();
	}

	private static Optional<String> office(String entries) {
		if (!entries.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (entries.contains("word/")) {
			return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		if (entries.contains("xl/")) {
			return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		return Optional.empty();
	}

	/** UTF-8 without control characters other than white space; a cut-off last character is forgiven. */
	private static boolean text(byte[] head) {
		if (head.length == 0) {
			return false;
		}
		for (byte b : head) {
			if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
				return false;
			}
		}
		int length = head.length;
		for (int trim = 0; trim < 4 && length > 0; trim++, length--) {
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(head, 0, length));
				return true;
			}
			catch (CharacterCodingException ex) {
				// try again without a possibly cut multi-byte character at the end
			}
		}
		return false;
	}

	private static boolean starts(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
