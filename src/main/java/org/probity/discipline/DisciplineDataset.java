package org.probity.discipline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.probity.shared.imports.CsvRow;
import org.probity.shared.imports.ImportDataset;
import org.probity.shared.imports.ImportSession;
import org.probity.shared.imports.RowProblems;
import org.springframework.stereotype.Component;

/**
 * The {@code discipline} dataset: {@code ref,target_kind,target_code,form,decided_by,decided_on,reason}. A new
 * {@code ref} records a decision, a known one corrects it. The file carries no violation date, so the statute of
 * limitations is left to decisions typed in.
 */
@Component
class DisciplineDataset implements ImportDataset {

	/** The rules name fields as the API does; the file names them as its columns. */
	private static final Map<String, String> COLUMNS = Map.of("targetKind", "target_kind", "targetCode",
			"target_code", "decidedBy", "decided_by", "decidedOn", "decided_on");

	private final DisciplineManagement management;

	private final DecisionCheck rules;

	DisciplineDataset(DisciplineManagement management, DecisionCheck rules) {
		this.management = management;
		this.rules = rules;
	}

	@Override
	public String name() {
		return "discipline";
	}

	@Override
	public List<String> columns() {
		return List.of("ref", "target_kind", "target_code", "form", "decided_by", "decided_on", "reason");
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

		/** Each row's target path as the check worked it out, so writing the file does not look everything up again. */
		private final Map<Long, String> targetPaths = new HashMap<>();

		@Override
		public void check(CsvRow row, RowProblems problems) {
			long n = row.number();
			String ref = row.required("ref", 40, problems);
			if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
				problems.add(n, "ref", "'" + ref + "' is not a reference: letters, digits, '.', '_' or '-'");
			}
			else if (ref != null && management.exists(ref) && management.find(ref).isEmpty()) {
				problems.add(n, "ref", "'" + ref + "' is a decision outside your jurisdiction");
			}
			NewDecision decision = decision(row, ref, problems);
			DecisionCheck.Checked checked = rules.check(decision);
			for (DecisionCheck.Problem problem : checked.problems()) {
				boolean alreadySaid = problem.message().startsWith("is required");
				if (!alreadySaid) {
					problems.add(n, COLUMNS.getOrDefault(problem.field(), problem.field()), problem.message());
				}
			}
			targetPaths.put(n, checked.scopePath());
		}

		/** The decision as the row gives it; problems reported by column. */
		private NewDecision decision(CsvRow row, String ref, RowProblems problems) {
			long n = row.number();
			TargetKind kind = row.oneOf("target_kind", TargetKind.class, problems);
			String target = row.required("target_code", 64, problems);
			Form form = row.oneOf("form", Form.class, problems);
			String decidedBy = row.required("decided_by", 64, problems);
			LocalDate decidedOn = row.date("decided_on", problems);
			if (row.text("decided_on").isEmpty()) {
				problems.add(n, "decided_on", "is required");
			}
			String reason = row.required("reason", 4000, problems);
			return new NewDecision(ref, kind, target, form, decidedBy, decidedOn, null, reason);
		}

		@Override
		public void write(CsvRow row, RowProblems problems) {
			NewDecision decision = decision(row, row.required("ref", 40, problems), problems);
			management.upsert(decision.ref(), decision, targetPaths.get(row.number()));
		}

		@Override
		public void finish(RowProblems problems) {
			// every row was written as it came
		}
	}
}
