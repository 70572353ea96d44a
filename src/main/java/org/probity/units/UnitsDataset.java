package org.probity.units;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.probity.shared.Folding;
import org.probity.shared.imports.CsvRow;
import org.probity.shared.imports.ImportDataset;
import org.probity.shared.imports.ImportSession;
import org.probity.shared.imports.RowProblems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The {@code units} dataset: {@code code,name,kind,parent_code,valid_from,valid_to}. Parents may come later in the
 * file or already exist; a unit given a new parent moves with its whole subtree.
 */
@Component
class UnitsDataset implements ImportDataset {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final JdbcTemplate jdbc;

	private final SubtreeMove subtrees;

	UnitsDataset(JdbcTemplate jdbc, SubtreeMove subtrees) {
		this.jdbc = jdbc;
		this.subtrees = subtrees;
	}

	@Override
	public String name() {
		return "units";
	}

	@Override
	public List<String> columns() {
		return List.of("code", "name", "kind", "parent_code", "valid_from", "valid_to");
	}

	@Override
	public Set<String> roles() {
		return Set.of("ADMIN");
	}

	@Override
	public ImportSession open() {
		return new Session();
	}

	record Row(long number, String code, String name, UnitKind kind, String parentCode, LocalDate validFrom,
			LocalDate validTo) {
	}

	record Existing(String parentCode, String path) {
	}

	private final class Session implements ImportSession {

		private final Map<String, Row> rows = new LinkedHashMap<>();

		private final Map<String, Existing> existing = new HashMap<>();

		private final Map<String, String> paths = new HashMap<>();

		@Override
		public void check(CsvRow csv, RowProblems problems) {
			long n = csv.number();
			String code = code(csv, "code", true, problems);
			String name = csv.required("name", 300, problems);
			UnitKind kind = csv.oneOf("kind", UnitKind.class, problems);
			String parent = code(csv, "parent_code", false, problems);
			LocalDate from = csv.date("valid_from", problems);
			LocalDate to = csv.date("valid_to", problems);
			if (from != null && to != null && to.isBefore(from)) {
				problems.add(n, "valid_to", "is before valid_from");
			}
			if (code != null && code.equals(parent)) {
				problems.add(n, "parent_code", "a unit cannot be its own parent");
			}
			if (code != null && rows.containsKey(code)) {
				problems.add(n, "code", "'" + code + "' already appears in row " + rows.get(code).number());
			}
			else if (code != null) {
				rows.put(code, new Row(n, code, name, kind, parent, from, to));
			}
		}

		private static String code(CsvRow csv, String column, boolean required, RowProblems problems) {
			String value = required ? csv.required(column, 64, problems) : csv.optional(column, 64, problems);
			if (value != null && !CODE.matcher(value).matches()) {
				problems.add(csv.number(), column, "'" + value + "' is not a code: letters, digits, '.', '_' or '-'");
				return null;
			}
			return value;
		}

		@Override
		public void checkAll(RowProblems problems) {
			RowCallbackHandler collect = rs -> existing.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3)));
			jdbc.query("select code, parent_code, path from units", collect);
			for (Row row : rows.values()) {
				if (row.parentCode() != null && !rows.containsKey(row.parentCode())
						&& !existing.containsKey(row.parentCode())) {
					problems.add(row.number(), "parent_code", "'" + row.parentCode() + "' is not a known unit");
				}
				else if (path(row.code(), new HashSet<>()) == null) {
					problems.add(row.number(), "parent_code", "does not lead to a root: a cycle or an unknown ancestor");
				}
			}
		}

		/** The unit's path once the file is applied, or null if its parents form a cycle. */
		private String path(String code, Set<String> visiting) {
			String known = paths.get(code);
			if (known != null) {
				return known;
			}
			Row row = rows.get(code);
			if (row == null) {
				Existing unit = existing.get(code);
				return unit == null ? null : unit.path();
			}
			if (!visiting.add(code)) {
				return null;
			}
			String parentPath = row.parentCode() == null ? "/" : path(row.parentCode(), visiting);
			if (parentPath == null) {
				return null;
			}
			String path = parentPath + code + "/";
			paths.put(code, path);
			return path;
		}

		@Override
		public void write(CsvRow row, RowProblems problems) {
			// every row was read by check(); the file is applied as a whole in finish()
		}

		@Override
		public void finish(RowProblems problems) {
			Timestamp now = Timestamp.from(Instant.now());
			List<Object[]> inserts = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			for (Row row : rows.values()) {
				String path = paths.get(row.code());
				Existing before = existing.get(row.code());
				if (before != null && !before.path().equals(path)) {
					move(row.code(), path);
				}
				Object[] values = { row.name(), Folding.fold(row.name()), row.kind().name(), row.parentCode(), path,
						depth(path), date(row.validFrom()), date(row.validTo()), now, row.code() };
				(before == null ? inserts : updates).add(values);
			}
			jdbc.batchUpdate("insert into units (name, name_folded, kind, parent_code, path, depth, valid_from, "
					+ "valid_to, updated_at, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
			jdbc.batchUpdate("update units set name = ?, name_folded = ?, kind = ?, parent_code = ?, path = ?, "
					+ "depth = ?, valid_from = ?, valid_to = ?, updated_at = ? where code = ?", updates);
		}

		/** Moves the unit's current subtree under its new path and tells the modules that copy paths. */
		private void move(String code, String newPath) {
			subtrees.move(code, newPath);
		}
	}

	static int depth(String path) {
		return (int) path.chars().filter(c -> c == '/').count() - 1;
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
