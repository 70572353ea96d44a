package org.probity.access;

import java.time.Instant;
import java.util.List;

import org.probity.shared.AuditedChange;
import org.probity.shared.ScopedPrincipal;
import org.probity.shared.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Every {@link AuditedChange} is appended inside the transaction that made the change,
 * chained to the previous entry by SHA-256; the head row is locked while appending, so the chain follows commit
 * order on every node.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private static final int VERIFY_PAGE = 5_000;

	private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("seq"),
			Instant.ofEpochMilli(rs.getLong("at_millis")), rs.getString("actor"), rs.getString("action"),
			rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
			rs.getString("before_digest"), rs.getString("after_digest"), rs.getString("prev_hash"),
			rs.getString("hash"));

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditedChange change) {
		var head = jdbc.queryForMap("select seq, hash from audit_head where id = 1 for update");
		long seq = ((Number) head.get("seq")).longValue() + 1;
		AuditEntry entry = new AuditEntry(seq, Instant.ofEpochMilli(System.currentTimeMillis()), actor(),
				field(change.action(), 64), field(change.subjectType(), 64), field(change.subjectId(), 200),
				field(change.detail(), 2000), change.beforeDigest(), change.afterDigest(), (String) head.get("hash"), "");
		String hash = entry.expectedHash();
		jdbc.update("insert into audit_log (seq, at_millis, actor, action, subject_type, subject_id, detail, "
				+ "before_digest, after_digest, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq,
				entry.at().toEpochMilli(), entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
				entry.detail(), entry.beforeDigest(), entry.afterDigest(), entry.prevHash(), hash);
		jdbc.update("update audit_head set seq = ?, hash = ? where id = 1", seq, hash);
	}

	/** Walks the whole chain from the start, page by page. */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		String previous = GENESIS;
		long expectedSeq = 1;
		while (true) {
			List<AuditEntry> page = jdbc.query("select * from audit_log where seq >= ? order by seq limit ?", ENTRY,
					expectedSeq, VERIFY_PAGE);
			for (AuditEntry entry : page) {
				String problem = problem(entry, expectedSeq, previous);
				if (problem != null) {
					return new ChainCheck(false, expectedSeq - 1, entry.seq(), problem);
				}
				previous = entry.hash();
				expectedSeq++;
			}
			if (page.size() < VERIFY_PAGE) {
				break;
			}
		}
		var head = jdbc.queryForMap("select seq, hash from audit_head where id = 1");
		if (((Number) head.get("seq")).longValue() != expectedSeq - 1 || !previous.equals(head.get("hash"))) {
			return new ChainCheck(false, expectedSeq - 1, expectedSeq,
					"the chain ends before its recorded head: entries were removed from the end");
		}
		return new ChainCheck(true, expectedSeq - 1, null, null);
	}

	private static String problem(AuditEntry entry, long expectedSeq, String previous) {
		if (entry.seq() != expectedSeq) {
			return "entry " + expectedSeq + " is missing";
		}
		if (!entry.prevHash().equals(previous)) {
			return "entry " + entry.seq() + " is not linked to the entry before it";
		}
		if (!entry.hash().equals(entry.expectedHash())) {
			return "entry " + entry.seq() + " was changed after it was written";
		}
		return null;
	}

	/** The newest entries first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int page, int size) {
		return jdbc.query("select * from audit_log order by seq desc limit ? offset ?", ENTRY, size,
				(long) Math.max(page, 0) * size);
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.username();
		}
		return "system";
	}


	private static String field(String text, int max) {
		return Texts.clip(text == null ? "" : text, max);
	}
}
