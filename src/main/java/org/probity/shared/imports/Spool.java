package org.probity.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/** Copies an upload to a private temporary file (the importer reads it twice), refusing files over the limit. */
@Component
class Spool {

	private final ImportSettings settings;

	Spool(ImportSettings settings) {
		this.settings = settings;
	}

	Path save(InputStream body) {
		try {
			Files.createDirectories(settings.spoolDir());
			Path file = Files.createTempFile(settings.spoolDir(), "import-", ".csv");
			long limit = settings.maxSize().toBytes();
			long copied = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
					copied += n;
					if (copied > limit) {
						out.close();
						discard(file);
						throw new InvalidField("file", "is larger than the limit of " + settings.maxSize().toMegabytes() + " MB");
					}
					out.write(buffer, 0, n);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover temporary file is harmless; the spool folder is only ever read by the importer
		}
	}
}
