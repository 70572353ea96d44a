package org.probity.backup.web;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.probity.backup.BackupManifest;
import org.probity.backup.Backups;
import org.probity.shared.Actors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An online backup of a running server into {@code backups/} under the data directory (ADMIN only). */
@RestController
@RequestMapping("/api/v1/backups")
class BackupApi {

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final Backups backups;

	private final Path folder;

	BackupApi(Backups backups, @Value("${probity.data-dir}") Path dataDir) {
		this.backups = backups;
		this.folder = dataDir.resolve("backups");
	}

	record Taken(String folder, long auditEntries, long tables, long files) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Taken take() {
		if (!Actors.hasAnyRole("ADMIN")) {
			throw new AccessDeniedException("Only an administrator takes backups");
		}
		Path target = folder.resolve(LocalDateTime.now().format(NAME));
		BackupManifest manifest = backups.write(target);
		return new Taken(target.toAbsolutePath().toString(), manifest.auditEntries(), manifest.tables().size(),
				manifest.files().size());
	}
}
