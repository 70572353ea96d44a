package org.probity.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.probity.shared.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads documents' text in the background, one at a time per node. The state is in the database: a document is
 * claimed by a conditional update, so two nodes never read the same one, and a claim left by a node that stopped
 * goes stale and is taken up again by the sweep. Saving the text through the entity re-indexes the document.
 */
@Component
class TextReading {

	private static final Logger log = LoggerFactory.getLogger(TextReading.class);

	/** A claim not renewed for this long (each page renews it) belonged to a node that stopped. */
	private static final Duration STALE = Duration.ofMinutes(30);

	private static final String WAITING = "(text_state = 'PENDING' or (text_state = 'RUNNING' and text_claimed_at < ?))";

	private final Documents documents;

	private final DocumentStore store;

	private final TextExtraction extraction;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("document-text")
		.daemon()
		.factory());

	private final AtomicBoolean queued = new AtomicBoolean();

	TextReading(Documents documents, DocumentStore store, TextExtraction extraction, JdbcTemplate jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.documents = documents;
		this.store = store;
		this.extraction = extraction;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DocumentAttached attached) {
		soon();
	}

	/** Picks up what no node is reading: left over from a restart, or from a node that stopped. */
	@Scheduled(fixedDelayString = "${probity.records.text-sweep:PT1M}", initialDelayString = "PT15S")
	@SchedulerLock(name = "document-text", lockAtMostFor = "PT1M")
	void sweep() {
		soon();
	}

	/** Reads every waiting document on the worker thread; asking again while it is queued adds nothing. */
	void soon() {
		if (queued.compareAndSet(false, true)) {
			worker.execute(() -> {
				queued.set(false);
				readWaiting();
			});
		}
	}

	private void readWaiting() {
		for (List<Long> batch = waiting(); !batch.isEmpty(); batch = waiting()) {
			for (long id : batch) {
				if (claim(id)) {
					read(id);
				}
			}
		}
	}

	private List<Long> waiting() {
		return jdbc.queryForList("select id from documents where " + WAITING + " order by id limit 20", Long.class,
				stale());
	}

	private boolean claim(long id) {
		return jdbc.update("update documents set text_state = 'RUNNING', text_claimed_at = ?, pages_done = 0 where id = ? "
				+ "and " + WAITING, now(), id, stale()) == 1;
	}

	private void read(long id) {
		Optional<String[]> found = Jurisdiction.asSystem(() -> transactions
			.execute(status -> documents.findById(id).map(d -> new String[] { d.sha256(), d.mediaType() })));
		if (found.isEmpty()) {
			return;
		}
		TextExtraction.Result result;
		Path copy = null;
		try (InputStream content = store.open(found.get()[0])) {
			copy = Files.createTempFile("document-", ".bin");
			Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
			result = extraction.extract(found.get()[1], copy, (done, total) -> jdbc.update(
					"update documents set pages_done = ?, pages_total = ?, text_claimed_at = ? where id = ?", done, total,
					now(), id));
		}
		catch (Exception | LinkageError failure) {
			log.warn("Could not read the text of document {}", id, failure);
			result = new TextExtraction.Result(TextState.FAILED, null, null, String.valueOf(failure.getMessage()));
		}
		finally {
			delete(copy);
		}
		TextExtraction.Result done = result;
		Jurisdiction.asSystem(() -> transactions.executeWithoutResult(status -> documents.findById(id)
			.ifPresent(d -> d.textRead(done.state(), done.text(), done.confidence(), done.reason()))));
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private Timestamp stale() {
		return Timestamp.from(clock.instant().minus(STALE));
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", file, ex);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
