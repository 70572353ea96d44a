package org.probity.records;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.probity.shared.InvalidField;
import org.probity.shared.Texts;

/**
 * A ZIP of scans, checked before anything is read from it: not too many entries, no entry named to escape its
 * folder (even though entries are never written under their own names), and not unpacking to more than the limit.
 * Entries are counted again while they are read, since a ZIP can lie about the sizes in its directory.
 */
final class ZipScans implements AutoCloseable {

	private final ZipFile zip;

	private final Map<String, ZipEntry> entries = new HashMap<>();

	private long budget;

	private ZipScans(ZipFile zip, long maxUnpacked) {
		this.zip = zip;
		this.budget = maxUnpacked;
	}

	static ZipScans open(Path file, int maxEntries, long maxUnpacked) {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw new InvalidField("file", "is not a ZIP archive");
		}
		ZipScans scans = new ZipScans(zip, maxUnpacked);
		try {
			scans.check(maxEntries, maxUnpacked);
			return scans;
		}
		catch (RuntimeException refused) {
			scans.close();
			throw refused;
		}
	}

	private void check(int maxEntries, long maxUnpacked) {
		long declared = 0;
		int count = 0;
		for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
			ZipEntry entry = all.nextElement();
			if (++count > maxEntries) {
				throw new InvalidField("file", "holds more than " + maxEntries + " entries");
			}
			String name = entry.getName();
			if (!safe(name)) {
				throw new InvalidField("file", "entry '" + Texts.clip(name.replaceAll("\\p{Cntrl}", "?"), 200)
						+ "' points outside the archive");
			}
			declared += Math.max(0, entry.getSize());
			if (declared > maxUnpacked) {
				throw new InvalidField("file", "unpacks to more than " + maxUnpacked / (1024 * 1024) + " MB");
			}
			if (!entry.isDirectory()) {
				entries.put(name, entry);
			}
		}
		if (!entries.containsKey(BatchManifest.NAME)) {
			throw new InvalidField("file", "has no " + BatchManifest.NAME + " at its top");
		}
	}

	/** Relative, forward slashes only, no {@code ..} step, no drive letter. */
	static boolean safe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
				|| name.matches("^[A-Za-z]:.*")) {
			return false;
		}
		for (String step : name.split("/")) {
			if (step.equals("..")) {
				return false;
			}
		}
		return true;
	}

	boolean has(String name) {
		return entries.containsKey(name);
	}

	/** The entry's content; reading past what is left of the unpacking budget fails. */
	InputStream open(String name) throws IOException {
		return new Counted(zip.getInputStream(entries.get(name)));
	}

	@Override
	public void close() {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// nothing was written through it
		}
	}

	private final class Counted extends FilterInputStream {

		Counted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				budget -= n;
				if (budget < 0) {
					throw new ZipException("the ZIP unpacks to more than its directory says and the limit allows");
				}
			}
			return n;
		}
	}
}
