package org.probity.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One record a module keeps under a unit, as a handover lists it: its type, its id and a SHA-256 digest of its
 * canonical key data, so a later check can tell a record that went missing or changed.
 */
public record KeptRecord(String type, String id, String digest) {

	/** The record with the digest of its key values, joined with a separator no value holds. */
	public static KeptRecord of(String type, Object id, Object... keyValues) {
		String canonical = Arrays.stream(keyValues)
			.map(value -> value == null ? "" : Objects.toString(value))
			.collect(Collectors.joining("\u001f"));
		return new KeptRecord(type, String.valueOf(id), Digests.sha256(type + "\u001e" + id + "\u001e" + canonical));
	}

	/**
	 * The records a query selects: its first column is the id, the others the key data. The query takes the
	 * subtree's LIKE pattern as its one parameter.
	 */
	public static List<KeptRecord> query(JdbcTemplate jdbc, String type, String sql, String subtreePattern) {
		return jdbc.query(sql, (rs, n) -> {
			int columns = rs.getMetaData().getColumnCount();
			Object[] values = new Object[columns - 1];
			for (int i = 2; i <= columns; i++) {
				values[i - 2] = rs.getString(i);
			}
			return of(type, rs.getString(1), values);
		}, subtreePattern);
	}
}
