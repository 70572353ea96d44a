package org.probity.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.probity.people.PersonManagement;
import org.probity.shared.Jurisdiction;
import org.probity.shared.imports.CsvRow;
import org.probity.shared.imports.ImportDataset;
import org.probity.shared.imports.ImportSession;
import org.probity.shared.imports.RowProblems;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * The {@code oversight} dataset:
 * {@code ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome}, one row
 * per target; rows sharing a {@code ref} are the targets of one activity and must agree on the activity's columns.
 */
@Component
class OversightDataset implements ImportDataset {

	/** The columns that describe the activity rather than the target, compared across rows of one ref. */
	static final List<String> ACTIVITY_COLUMNS = List.of("activity", "body", "conducted_by", "programme", "started_on",
			"concluded_on");

	private static final int BATCH = 1000;

	private final ActivityImports imports;

	private final UnitManagement units;

	private final PersonManagement people;

	OversightDataset(ActivityImports imports, UnitManagement units, PersonManagement people) {
		this.imports = imports;
		this.units = units;
		this.people = people;
	}

	@Override
	public String name() {
		return "oversight";
	}

	@Override
	public List<String> columns() {
		return List.of("ref", "activity", "body", "conducted_by", "programme", "target_kind", "target_code",
				"started_on", "concluded_on", "outcome");
	}

	@Override
	public Set<String> roles() {
		return Set.of("ADMIN", "LEADER", "OFFICER");
	}

	@Override
	public ImportSession open() {
		return new Session();
	}

	private final class Session implements ImportSession {

		private final Map<String, Optional<UnitView>> conductors = new HashMap<>();

		private final Map<String, Optional<String>> targetPaths = new HashMap<>();

		private final List<ActivityRow> batch = new ArrayList<>();

		private final Map<String, Map<String, String>> firstRowOfRef = new HashMap<>();

		private final Map<String, Long> firstRowNumber = new LinkedHashMap<>();

		@Override
		public void check(CsvRow row, RowProblems problems) {
			ActivityRow read = read(row, problems);
			if (read.ref() == null) {
				return;
			}
			Map<String, String> first = firstRowOfRef.get(read.ref());
			if (first == null) {
				firstRowOfRef.put(read.ref(), activityColumns(row));
				firstRowNumber.put(read.ref(), row.number());
				return;
			}
			for (String column : ACTIVITY_COLUMNS) {
				if (!first.get(column).equals(row.text(column))) {
					problems.add(row.number(), column, "differs from an earlier row of activity " + read.ref());
				}
			}
		}

		/** Refs already recorded outside the importer's subtree are refused, looked up a batch at a time. */
		@Override
		public void checkAll(RowProblems problems) {
			List<String> refs = List.copyOf(firstRowNumber.keySet());
			for (int i = 0; i < refs.size(); i += BATCH) {
				for (String ref : imports.outsideJurisdiction(refs.subList(i, Math.min(refs.size(), i + BATCH)))) {
					problems.add(firstRowNumber.get(ref), "ref", "'" + ref + "' is an activity outside your jurisdiction");
				}
			}
		}

		/** Rows are written a batch at a time; the batch is all in the one import transaction. */
		@Override
		public void write(CsvRow row, RowProblems problems) {
			batch.add(read(row, problems));
			if (batch.size() >= BATCH) {
				finish(problems);
			}
		}

		@Override
		public void finish(RowProblems problems) {
			imports.upsert(batch);
			batch.clear();
		}

		private ActivityRow read(CsvRow row, RowProblems problems) {
			long n = row.number();
			String ref = row.required("ref", 64, problems);
			if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
				problems.add(n, "ref", "'" + ref + "' is not a reference: letters, digits, '.', '_' or '-'");
			}
			ActivityType type = row.oneOf("activity", ActivityType.class, problems);
			Body body = row.oneOf("body", Body.class, problems);
			UnitView conductor = conductor(row, problems);
			Programme programme = row.oneOf("programme", Programme.class, problems);
			TargetKind kind = row.oneOf("target_kind", TargetKind.class, problems);
			String code = row.required("target_code", 64, problems);
			String path = kind == null || code == null ? null : targetPath(kind, code).orElse(null);
			if (kind != null && code != null && path == null) {
				problems.add(n, "target_code", "'" + code + "' is not a known " + kind.name().toLowerCase());
			}
			LocalDate started = row.date("started_on", problems);
			if (row.text("started_on").isEmpty()) {
				problems.add(n, "started_on", "is required");
			}
			LocalDate concluded = row.date("concluded_on", problems);
			if (started != null && concluded != null && concluded.isBefore(started)) {
				problems.add(n, "concluded_on", "is before started_on " + started);
			}
			Outcome outcome = row.text("outcome").isEmpty() ? null : row.oneOf("outcome", Outcome.class, problems);
			if (outcome != null && row.text("concluded_on").isEmpty()) {
				problems.add(n, "outcome", "must stay empty while the activity is open (no concluded_on)");
			}
			if (outcome == null && concluded != null && row.text("outcome").isEmpty()) {
				problems.add(n, "outcome", "is required once concluded_on is given");
			}
			return new ActivityRow(ref, type, body, conductor, programme, kind, code, path, started, concluded, outcome);
		}

		private UnitView conductor(CsvRow row, RowProblems problems) {
			String code = row.required("conducted_by", 64, problems);
			UnitView unit = code == null ? null
					: conductors.computeIfAbsent(Jurisdiction.scopePath() + "|" + code, key -> units.find(code))
						.orElse(null);
			if (code != null && unit == null) {
				problems.add(row.number(), "conducted_by", "'" + code + "' is not a unit in your jurisdiction");
			}
			return unit;
		}

		/**
		 * Targets may lie beyond the importer's subtree (a commission inspects agencies), but they must exist; a
		 * person sits at their unit's path.
		 */
		private Optional<String> targetPath(TargetKind kind, String code) {
			return targetPaths.computeIfAbsent(kind + "|" + code, key -> Jurisdiction.asSystem(
					() -> kind == TargetKind.UNIT ? units.find(code).map(UnitView::path) : people.pathOf(code)));
		}

		private Map<String, String> activityColumns(CsvRow row) {
			Map<String, String> values = new LinkedHashMap<>();
			ACTIVITY_COLUMNS.forEach(column -> values.put(column, row.text(column)));
			return values;
		}
	}
}
