package org.probity.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --backup=FOLDER} and {@code --restore=FOLDER} on the command line: the server does that one thing and
 * exits (see {@code Probity.main}). It runs before every other start-up step, so a restore meets an empty database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final Backups backups;

	BackupCommand(Backups backups) {
		this.backups = backups;
	}

	@Override
	public void run(ApplicationArguments args) {
		folder(args, "backup").ifPresent(folder -> {
			BackupManifest manifest = backups.write(folder);
			log.info("Backup written to {}: {} tables, {} files, audit chain at entry {}", folder,
					manifest.tables().size(), manifest.files().size(), manifest.auditEntries());
		});
		folder(args, "restore").ifPresent(folder -> {
			BackupManifest manifest = backups.restore(folder);
			log.info("Restored {} taken {}: {} tables, {} files, audit chain at entry {}", folder, manifest.takenAt(),
					manifest.tables().size(), manifest.files().size(), manifest.auditEntries());
		});
	}

	private static Optional<Path> folder(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		if (values == null) {
			return Optional.empty();
		}
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + option + " needs one folder: --" + option + "=/path/to/folder");
		}
		return Optional.of(Path.of(values.get(0)));
	}
}
