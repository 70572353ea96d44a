package org.probity.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Bulk digitisation: a ZIP of scans with {@code manifest.csv}. The ZIP and its manifest are checked while the
 * upload waits (a refusal is the whole answer); the rows are then linked in the background as the uploader, each in
 * its own transaction, with progress and each row's outcome in the database for any node to show.
 */
@Service
public class DocumentBatches {

	private static final Logger log = LoggerFactory.getLogger(DocumentBatches.class);

	private final BatchLinking linking;

	private final RecordSettings settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	DocumentBatches(BatchLinking linking, RecordSettings settings, JdbcTemplate jdbc, Clock clock) {
		this.linking = linking;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Checks the ZIP and starts linking its rows; answers the batch's id. */
	public String start(String fileName, InputStream zipContent) {
		Path file = spool(zipContent);
		ZipScans zip;
		List<BatchManifest.Row> rows;
		try {
			zip = ZipScans.open(file, settings.maxBatchEntries(), settings.maxBatchUnpacked().toBytes());
			try (InputStream manifest = zip.open(BatchManifest.NAME)) {
				rows = BatchManifest.read(manifest);
			}
			catch (IOException | RuntimeException refused) {
				zip.close();
				throw refused instanceof InvalidField invalid ? invalid
						: new InvalidField("file", BatchManifest.NAME + " cannot be read: " + refused.getMessage());
			}
		}
		catch (RuntimeException refused) {
			delete(file);
			throw refused;
		}
		String id = UUID.randomUUID().toString();
		String user = SecurityContextHolder.getContext().getAuthentication().getName();
		jdbc.update("insert into document_batches (id, username, file_name, status, rows_total, rows_done, linked, "
				+ "already, failed, started_at) values (?, ?, ?, 'RUNNING', ?, 0, 0, 0, 0, ?)", id, user,
				Texts.clip(DocumentManagement.displayName(fileName), 300), rows.size(), now());
		workers.execute(new DelegatingSecurityContextRunnable(() -> run(id, zip, rows, file)));
		return id;
	}

	private void run(String id, ZipScans zip, List<BatchManifest.Row> rows, Path file) {
		try (zip) {
			for (BatchManifest.Row row : rows) {
				DocumentBatch.Row outcome = linking.link(row, zip);
				jdbc.update("insert into document_batch_rows (batch_id, row_no, file_name, outcome, reason, document_id) "
						+ "values (?, ?, ?, ?, ?, ?)", id, outcome.row(), Texts.clip(outcome.file(), 300),
						outcome.outcome().name(), Texts.clip(outcome.reason(), 1000), outcome.documentId());
				String counter = switch (outcome.outcome()) {
					case LINKED -> "linked";
					case ALREADY -> "already";
					case FAILED -> "failed";
				};
				jdbc.update("update document_batches set rows_done = rows_done + 1, " + counter + " = " + counter
						+ " + 1 where id = ?", id);
			}
			finish(id, DocumentBatch.Status.DONE, null);
		}
		catch (RuntimeException failure) {
			log.error("Batch {} of documents failed", id, failure);
			finish(id, DocumentBatch.Status.FAILED, Texts.clip(String.valueOf(failure.getMessage()), 1000));
		}
		finally {
			delete(file);
		}
	}

	private void finish(String id, DocumentBatch.Status status, String problem) {
		jdbc.update("update document_batches set status = ?, problem = ?, finished_at = ? where id = ?", status.name(),
				problem, now(), id);
	}

	/** A batch of the signed-in user's, with its rows; nobody else's. */
	public Optional<DocumentBatch> find(String id) {
		return BatchRows.find(jdbc, id, SecurityContextHolder.getContext().getAuthentication().getName());
	}

	public List<DocumentBatch> recent() {
		return BatchRows.recent(jdbc, SecurityContextHolder.getContext().getAuthentication().getName());
	}

	private Path spool(InputStream content) {
		long max = settings.maxBatchSize().toBytes();
		try {
			Path dir = Files.createDirectories(settings.storeDir().resolve("batches"));
			Path file = Files.createTempFile(dir, "batch-", ".zip");
			long size = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
					size += n;
					if (size > max) {
						out.close();
						delete(file);
						throw new InvalidField("file", "is larger than the limit of " + max / (1024 * 1024) + " MB");
					}
					out.write(buffer, 0, n);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the uploaded ZIP", ex);
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", file, ex);
		}
	}
}
