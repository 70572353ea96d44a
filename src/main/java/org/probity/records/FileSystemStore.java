package org.probity.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.probity.shared.Digests;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Contents under the data directory as {@code ab/cd/<sha256>}: the path comes from the digest alone, never from a
 * file name, so nothing uploaded can reach outside the store.
 */
@Component
class FileSystemStore implements DocumentStore {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	private static final int HEAD = 8192;

	private final Path root;

	FileSystemStore(RecordSettings settings) {
		this.root = settings.storeDir().toAbsolutePath().normalize();
	}

	@Override
	public Stored put(InputStream content, long maxBytes) {
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "upload-", ".part");
			MessageDigest digest = Digests.newSha256();
			byte[] head = new byte[0];
			long size = 0;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
					size += n;
					if (size > maxBytes) {
						out.close();
						Files.deleteIfExists(temporary);
						throw new InvalidField("file", "is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
					}
					if (head.length < HEAD) {
						head = concat(head, Arrays.copyOf(buffer, Math.min(n, HEAD - head.length)));
					}
					digest.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha256);
			Files.createDirectories(target.getParent());
			if (Files.exists(target)) {
				Files.delete(temporary);
			}
			else {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			return new Stored(sha256, size, head);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the document", ex);
		}
	}

	@Override
	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(path(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Document content " + sha256 + " is missing from the store", ex);
		}
	}

	private Path path(String sha256) {
		if (!DIGEST.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 digest");
		}
		Path path = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("outside the store");
		}
		return path;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
