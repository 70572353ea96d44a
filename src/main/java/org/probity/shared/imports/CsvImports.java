package org.probity.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.probity.shared.AuditedChange;
import org.probity.shared.Digests;
import org.probity.shared.Jurisdiction;
import org.probity.shared.imports.ImportProgress.Phase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a dataset over a spooled CSV file: one streaming pass to check every row, then, only if nothing is wrong,
 * a second streaming pass that writes every row inside one transaction. Memory stays flat whatever the file size.
 */
@Service
public class CsvImports {

	private static final int PROGRESS_EVERY = 5_000;

	/**
	 * Written entities are flushed and let go this often: each query auto-flushes, and its dirty check walks every
	 * entity still held, so a file of a million rows would otherwise slow down with every row it writes.
	 */
	static final int DETACH_EVERY = 1_000;

	private final Map<String, ImportDataset> datasets;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	CsvImports(List<ImportDataset> datasets, TransactionTemplate transactions, ApplicationEventPublisher events,
			EntityManager entities) {
		this.entities = entities;
		this.datasets = datasets.stream().collect(Collectors.toMap(ImportDataset::name, Function.identity()));
		this.transactions = transactions;
		this.events = events;
	}

	public ImportDataset dataset(String name) {
		ImportDataset dataset = datasets.get(name);
		if (dataset == null) {
			throw new UnknownDataset(name, datasets.keySet());
		}
		return dataset;
	}

	public List<String> datasetNames() {
		return datasets.keySet().stream().sorted().toList();
	}

	/** Imports the file for the current reader's jurisdiction, all or nothing. */
	public ImportResult run(String name, Path file, ImportProgress progress) {
		ImportDataset dataset = dataset(name);
		ImportSession session = dataset.open();
		RowProblems problems = new RowProblems();
		long rows = pass(dataset, file, progress, Phase.CHECKING, row -> session.check(row, problems), problems);
		session.checkAll(problems);
		if (!problems.isEmpty()) {
			throw new ImportRejected(name, problems);
		}
		String scope = Jurisdiction.scopePath();
		Instant writingFrom = Instant.now();
		transactions.executeWithoutResult(status -> Jurisdiction.as(scope, () -> {
			long[] written = { 0 };
			pass(dataset, file, progress, Phase.WRITING, row -> {
				session.write(row, problems);
				if (++written[0] % DETACH_EVERY == 0) {
					entities.flush();
					entities.clear();
				}
			}, problems);
			session.finish(problems);
			if (!problems.isEmpty()) {
				throw new ImportRejected(name, problems);
			}
			events.publishEvent(new AuditedChange("IMPORT", "dataset", name, rows + " rows", null, fileDigest(file)));
			events.publishEvent(new DatasetImported(name, rows, writingFrom));
			return null;
		}));
		progress.reached(Phase.DONE, rows);
		return new ImportResult(name, rows);
	}

	private long pass(ImportDataset dataset, Path file, ImportProgress progress, Phase phase,
			Consumer<CsvRow> action, RowProblems problems) {
		try (InputStream in = Files.newInputStream(file);
				CsvReader reader = CsvReader.open(in, dataset.columns(), problems)) {
			long rows = 0;
			for (CsvRow row = reader.next(problems); row != null; row = reader.next(problems)) {
				action.accept(row);
				if (++rows % PROGRESS_EVERY == 0) {
					progress.reached(phase, rows);
				}
			}
			progress.reached(phase, rows);
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileDigest(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = Digests.newSha256();
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
