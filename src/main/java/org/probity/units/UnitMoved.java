package org.probity.units;

import org.probity.shared.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A unit got a new parent, so it and its whole subtree changed path; modules keeping a copy of the path on their
 * records rewrite every path starting with {@code oldPath}.
 */
public record UnitMoved(String code, String oldPath, String newPath) {

	/** Rewrites the {@code scope_path} copies in a module's own table, in the moving transaction. */
	public int rewriteScopePaths(JdbcTemplate jdbc, String table) {
		return rewritePaths(jdbc, table, "scope_path");
	}

	/** Rewrites the path copies held in another column of a module's own table. */
	public int rewritePaths(JdbcTemplate jdbc, String table, String column) {
		return jdbc.update("update " + table + " set " + column + " = concat(?, substring(" + column + ", ?)) "
				+ "where " + column + " like ? escape '!'", newPath, oldPath.length() + 1,
				Jurisdiction.subtreePattern(oldPath));
	}
}
