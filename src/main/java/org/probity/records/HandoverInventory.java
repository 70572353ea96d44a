package org.probity.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.probity.shared.Digests;
import org.probity.shared.KeptRecord;
import org.probity.shared.RecordKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gathers what a unit hands over: every module's records under its paths (through {@link RecordKeeper}) and the
 * documents filed there, each document digested from its content as the store holds it now, so a file changed or
 * lost on disk shows in a check too.
 */
@Component
class HandoverInventory {

	static final Comparator<KeptRecord> ORDER = Comparator.comparing(KeptRecord::type).thenComparing(KeptRecord::id);

	private final List<RecordKeeper> keepers;

	private final JdbcTemplate jdbc;

	private final DocumentStore store;

	HandoverInventory(List<RecordKeeper> keepers, JdbcTemplate jdbc, DocumentStore store) {
		this.keepers = keepers;
		this.jdbc = jdbc;
		this.store = store;
	}

	List<KeptRecord> under(List<String> patterns) {
		Map<String, KeptRecord> kept = new LinkedHashMap<>();
		for (String pattern : patterns) {
			keepers.forEach(keeper -> keeper.keptUnder(pattern).forEach(record -> kept.put(key(record), record)));
			jdbc.query("select id, sha256 from documents where scope_path like ? escape '!' order by id", (rs, n) ->
					new KeptRecord("documents", rs.getString(1), contentDigest(rs.getString(2))), pattern)
				.forEach(record -> kept.put(key(record), record));
		}
		return kept.values().stream().sorted(ORDER).toList();
	}

	/** One digest over every item, in a fixed order, so two manifests agree exactly when their items do. */
	static String overallDigest(List<KeptRecord> kept) {
		StringBuilder lines = new StringBuilder();
		kept.stream().sorted(ORDER).forEach(record -> lines.append(record.type()).append('\t').append(record.id())
			.append('\t').append(record.digest()).append('\n'));
		return Digests.sha256(lines.toString());
	}

	static String key(KeptRecord record) {
		return record.type() + "/" + record.id();
	}

	/** The SHA-256 of the content as stored; a file gone from the store digests as nothing at all. */
	private String contentDigest(String sha256) {
		MessageDigest digest = Digests.newSha256();
		try (InputStream in = store.open(sha256)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | UncheckedIOException missing) {
			return "missing";
		}
	}
}
