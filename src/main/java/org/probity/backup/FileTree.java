package org.probity.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.probity.backup.BackupManifest.FileEntry;
import org.probity.shared.Digests;

/** Copies folders of the data directory into a backup and back, each file with its SHA-256. */
final class FileTree {

	private FileTree() {
	}

	/** Copies {@code folder} (a folder under {@code dataDir}) to the same relative place under {@code target}. */
	static List<FileEntry> copy(Path dataDir, Path folder, Path target) {
		List<FileEntry> entries = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return entries;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String relative = dataDir.relativize(file).toString().replace('\\', '/');
				Path copy = target.resolve(relative);
				Files.createDirectories(copy.getParent());
				MessageDigest digest = Digests.newSha256();
				try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
					// one read of each file both copies it and digests what was copied
					long size = Files.copy(in, copy);
					entries.add(new FileEntry(relative, size, HexFormat.of().formatHex(digest.digest())));
				}
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy " + folder, ex);
		}
	}

	/** Puts every listed file back under {@code dataDir}, refusing one whose content no longer matches its digest. */
	static void restore(List<FileEntry> entries, Path backup, Path dataDir) {
		Path root = dataDir.toAbsolutePath().normalize();
		try {
			for (FileEntry entry : entries) {
				Path source = backup.resolve("files").resolve(entry.path()).normalize();
				Path target = root.resolve(entry.path()).normalize();
				if (!target.startsWith(root) || !source.startsWith(backup.resolve("files").normalize())) {
					throw new IllegalStateException("The backup lists a file outside the data directory: " + entry.path());
				}
				if (!sha256(source).equals(entry.sha256())) {
					throw new IllegalStateException("The backup's copy of " + entry.path() + " is damaged (digest differs)");
				}
				Files.createDirectories(target.getParent());
				Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not restore files", ex);
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = Digests.newSha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
