package org.probity.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP archives made in tests, entries in the order given. */
public final class Zips {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	public static Zips with(String name, byte[] content) {
		return new Zips().and(name, content);
	}

	public static Zips manifest(String csv) {
		return with("manifest.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	public Zips and(String name, byte[] content) {
		entries.put(name, content);
		return this;
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
