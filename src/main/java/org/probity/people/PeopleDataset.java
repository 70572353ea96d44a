package org.probity.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.probity.shared.Folding;
import org.probity.shared.Jurisdiction;
import org.probity.shared.imports.CsvRow;
import org.probity.shared.imports.ImportDataset;
import org.probity.shared.imports.ImportSession;
import org.probity.shared.imports.RowProblems;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code people} dataset: {@code code,full_name,birth_date,unit_code,position,party_member}. Rows are written in
 * batches, so a file of millions of rows streams through in a small heap. A new position closes the open one.
 */
@Component
class PeopleDataset implements ImportDataset {

	private static final int BATCH = 1000;

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final UnitManagement units;

	PeopleDataset(JdbcTemplate jdbc, UnitManagement units) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.units = units;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	public List<String> columns() {
		return List.of("code", "full_name", "birth_date", "unit_code", "position", "party_member");
	}

	@Override
	public Set<String> roles() {
		return Set.of("ADMIN", "LEADER", "OFFICER");
	}

	@Override
	public ImportSession open() {
		return new Session();
	}

	record Row(long number, String code, String fullName, LocalDate birthDate, UnitView unit, String position,
			boolean partyMember) {
	}

	record Existing(long id, String scopePath, String position) {
	}

	private final class Session implements ImportSession {

		private final Map<String, Optional<UnitView>> unitCache = new HashMap<>();

		private final Map<String, Row> batch = new LinkedHashMap<>();

		private final Timestamp now = Timestamp.from(Instant.now());

		private final LocalDate today = LocalDate.now();

		@Override
		public void check(CsvRow csv, RowProblems problems) {
			read(csv, problems);
		}

		private Row read(CsvRow csv, RowProblems problems) {
			long n = csv.number();
			String code = csv.required("code", 64, problems);
			if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
				problems.add(n, "code", "'" + code + "' is not a code: letters, digits, '.', '_' or '-'");
			}
			String name = csv.required("full_name", 300, problems);
			LocalDate born = csv.date("birth_date", problems);
			if (born != null && (born.isAfter(today) || born.isBefore(EARLIEST_BIRTH))) {
				problems.add(n, "birth_date", born + " is not a plausible birth date");
			}
			String unitCode = csv.required("unit_code", 64, problems);
			UnitView unit = unitCode == null ? null
					: unitCache.computeIfAbsent(unitCode, units::find).orElse(null);
			if (unitCode != null && unit == null) {
				problems.add(n, "unit_code", "'" + unitCode + "' is not a unit in your jurisdiction");
			}
			String position = csv.optional("position", 200, problems);
			Boolean member = csv.bool("party_member", problems);
			return new Row(n, code, name, born, unit, position, Boolean.TRUE.equals(member));
		}

		@Override
		public void write(CsvRow csv, RowProblems problems) {
			Row row = read(csv, problems);
			batch.remove(row.code());
			batch.put(row.code(), row);
			if (batch.size() >= BATCH) {
				flush(problems);
			}
		}

		@Override
		public void finish(RowProblems problems) {
			flush(problems);
		}

		private void flush(RowProblems problems) {
			if (batch.isEmpty()) {
				return;
			}
			Map<String, Existing> existing = new HashMap<>();
			named.query("select code, id, scope_path, position from people where code in (:codes)",
					Map.of("codes", batch.keySet()), rs -> {
						existing.put(rs.getString(1), new Existing(rs.getLong(2), rs.getString(3), rs.getString(4)));
					});
			List<Object[]> inserts = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			List<Row> newPosts = new ArrayList<>();
			List<Object[]> closedPosts = new ArrayList<>();
			for (Row row : batch.values()) {
				Existing before = existing.get(row.code());
				if (before != null && !Jurisdiction.covers(before.scopePath())) {
					problems.add(row.number(), "code", "'" + row.code() + "' is a person outside your jurisdiction");
					continue;
				}
				Object[] values = { row.fullName(), Folding.fold(row.fullName()), date(row.birthDate()),
						row.unit().code(), row.unit().path(), row.position(), row.partyMember(), now, row.code() };
				(before == null ? inserts : updates).add(values);
				boolean postChanged = before == null || !Objects.equals(before.position(), row.position());
				if (before != null && postChanged) {
					closedPosts.add(new Object[] { date(today), before.id() });
				}
				if (postChanged && row.position() != null) {
					newPosts.add(row);
				}
			}
			jdbc.batchUpdate("insert into people (full_name, name_folded, birth_date, unit_code, scope_path, position, "
					+ "party_member, updated_at, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
			jdbc.batchUpdate("update people set full_name = ?, name_folded = ?, birth_date = ?, unit_code = ?, "
					+ "scope_path = ?, position = ?, party_member = ?, updated_at = ? where code = ?", updates);
			jdbc.batchUpdate("update positions set ended_on = ? where person_id = ? and ended_on is null", closedPosts);
			openPositions(newPosts);
			batch.clear();
		}

		private void openPositions(List<Row> rows) {
			if (rows.isEmpty()) {
				return;
			}
			Map<String, Long> ids = new HashMap<>();
			named.query("select code, id from people where code in (:codes)",
					Map.of("codes", rows.stream().map(Row::code).toList()), rs -> {
						ids.put(rs.getString(1), rs.getLong(2));
					});
			jdbc.batchUpdate("insert into positions (person_id, unit_code, title, started_on) values (?, ?, ?, ?)",
					rows.stream().map(row -> new Object[] { ids.get(row.code()), row.unit().code(), row.position(),
							date(today) }).toList());
		}
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
