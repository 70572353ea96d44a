package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.shared.InvalidField;

class ZipScansTests {

	@TempDir
	Path dir;

	@Test
	void namesThatClimbOutOrAreAbsoluteAreNotSafe() {
		assertThat(ZipScans.safe("scans/a.pdf")).isTrue();
		assertThat(ZipScans.safe("../a.pdf")).isFalse();
		assertThat(ZipScans.safe("scans/../../a.pdf")).isFalse();
		assertThat(ZipScans.safe("/etc/passwd")).isFalse();
		assertThat(ZipScans.safe("..\\a.pdf")).isFalse();
		assertThat(ZipScans.safe("C:/a.pdf")).isFalse();
	}

	@Test
	void aZipWithTooManyEntriesIsRefused() throws IOException {
		Path zip = write(Zips.manifest("file,owner_type,owner_ref\n").and("a", new byte[1]).and("b", new byte[1]).bytes());

		assertThatThrownBy(() -> ZipScans.open(zip, 2, 1_000_000)).isInstanceOf(InvalidField.class)
			.hasMessageContaining("more than 2 entries");
	}

	@Test
	void aZipThatUnpacksToMoreThanTheLimitIsRefused() throws IOException {
		// ten megabytes of zeros pack into a few kilobytes: a small bomb
		Path zip = write(Zips.manifest("file,owner_type,owner_ref\n").and("zeros", new byte[10_000_000]).bytes());

		assertThat(Files.size(zip)).isLessThan(100_000);
		assertThatThrownBy(() -> ZipScans.open(zip, 100, 1_000_000)).isInstanceOf(InvalidField.class)
			.hasMessageContaining("unpacks to more than");
	}

	@Test
	void readingStopsAtTheLimitEvenWhenTheDirectoryUndersells() throws IOException {
		Path zip = write(Zips.manifest("file,owner_type,owner_ref\n").and("zeros", new byte[3_000_000]).bytes());

		try (ZipScans scans = ZipScans.open(zip, 100, 3_100_000); InputStream in = scans.open("zeros")) {
			in.readAllBytes();
			assertThatThrownBy(() -> scans.open("zeros").readAllBytes()).hasMessageContaining("unpacks to more");
		}
	}

	@Test
	void aZipWithoutManifestIsRefused() throws IOException {
		Path zip = write(Zips.with("a.pdf", new byte[] { 1 }).bytes());

		assertThatThrownBy(() -> ZipScans.open(zip, 100, 1_000_000)).hasMessageContaining("manifest.csv");
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(dir.resolve("scans.zip"), bytes);
	}
}
