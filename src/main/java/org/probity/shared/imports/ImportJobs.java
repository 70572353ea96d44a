package org.probity.shared.imports;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.probity.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs uploads from the page in the background, as the user who uploaded them, recording progress and outcome
 * in the database so the progress page can be served by any node.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CsvImports imports;

	private final Spool spool;

	private final JdbcTemplate jdbc;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	ImportJobs(CsvImports imports, Spool spool, JdbcTemplate jdbc) {
		this.imports = imports;
		this.spool = spool;
		this.jdbc = jdbc;
	}

	String start(String dataset, String fileName, Path file) {
		String id = UUID.randomUUID().toString();
		String user = SecurityContextHolder.getContext().getAuthentication().getName();
		jdbc.update("insert into import_jobs (id, dataset, username, file_name, status, rows_done, problem_count, "
				+ "started_at) values (?, ?, ?, ?, 'RUNNING', 0, 0, ?)", id, dataset, user, Texts.clip(fileName, 300), now());
		workers.execute(new DelegatingSecurityContextRunnable(() -> run(id, dataset, file)));
		return id;
	}

	private void run(String id, String dataset, Path file) {
		try {
			ImportResult result = imports.run(dataset, file, (phase, rows) -> jdbc
				.update("update import_jobs set phase = ?, rows_done = ? where id = ?", phase.name(), rows, id));
			finish(id, ImportJob.Status.DONE, result.imported(), 0, List.of());
		}
		catch (ImportRejected rejected) {
			finish(id, ImportJob.Status.REJECTED, null, rejected.problemCount(), rejected.errors());
		}
		catch (RuntimeException failure) {
			log.error("Import {} of {} failed", id, dataset, failure);
			finish(id, ImportJob.Status.FAILED, null, 0, List.of());
		}
		finally {
			spool.discard(file);
		}
	}

	private void finish(String id, ImportJob.Status status, Long imported, long problemCount, List<RowError> problems) {
		jdbc.update("update import_jobs set status = ?, imported = ?, problem_count = ?, problems = ?, finished_at = ? "
				+ "where id = ?", status.name(), imported, problemCount, JSON.writeValueAsString(problems), now(), id);
	}

	/** A job of the signed-in user's; nobody else's. */
	Optional<ImportJob> find(String id) {
		String user = SecurityContextHolder.getContext().getAuthentication().getName();
		return jdbc.query("select * from import_jobs where id = ? and username = ?", JOB, id, user).stream().findFirst();
	}

	List<ImportJob> recent() {
		String user = SecurityContextHolder.getContext().getAuthentication().getName();
		return jdbc.query("select * from import_jobs where username = ? order by started_at desc limit 10", JOB, user);
	}

	private static final RowMapper<ImportJob> JOB = (rs, n) -> new ImportJob(rs.getString("id"),
			rs.getString("dataset"), rs.getString("username"), rs.getString("file_name"),
			ImportJob.Status.valueOf(rs.getString("status")), rs.getString("phase"), rs.getLong("rows_done"),
			(Long) rs.getObject("imported", Long.class), rs.getLong("problem_count"), problems(rs.getString("problems")),
			rs.getTimestamp("started_at").toInstant(),
			rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());

	private static List<RowError> problems(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<RowError>>() {
		});
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}
