package org.probity.records;

import java.io.InputStream;

/** Where document contents live; the filesystem now, an object store later. Contents are addressed by SHA-256. */
interface DocumentStore {

	/** Stores the stream (at most {@code maxBytes}) and answers its digest and size; the same content is kept once. */
	Stored put(InputStream content, long maxBytes);

	InputStream open(String sha256);

	record Stored(String sha256, long size, byte[] head) {
	}
}
