package org.probity.petitions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.probity.shared.Jurisdiction;
import org.probity.shared.imports.CsvRow;
import org.probity.shared.imports.ImportDataset;
import org.probity.shared.imports.ImportSession;
import org.probity.shared.imports.RowProblems;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * The {@code petitions} dataset:
 * {@code ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content}.
 * A new {@code ref} registers a petition under that reference (repeats detected, identities sealed); a known one
 * has its intake details corrected.
 */
@Component
class PetitionsDataset implements ImportDataset {

	private final PetitionImports imports;

	private final UnitManagement units;

	PetitionsDataset(PetitionImports imports, UnitManagement units) {
		this.imports = imports;
		this.units = units;
	}

	@Override
	public String name() {
		return "petitions";
	}

	@Override
	public List<String> columns() {
		return List.of("ref", "kind", "channel", "received_on", "received_by", "anonymous", "petitioners",
				"subject_name", "subject_unit_code", "content");
	}

	@Override
	public Set<String> roles() {
		return Set.of("ADMIN", "LEADER", "OFFICER", "RECEPTIONIST");
	}

	@Override
	public ImportSession open() {
		return new Session();
	}

	private final class Session implements ImportSession {

		private final Map<String, Optional<UnitView>> unitCache = new HashMap<>();

		@Override
		public void check(CsvRow row, RowProblems problems) {
			read(row, problems);
		}

		private NewPetition read(CsvRow row, RowProblems problems) {
			long n = row.number();
			String ref = row.required("ref", 40, problems);
			if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._/-]*")) {
				problems.add(n, "ref", "'" + ref + "' is not a reference: letters, digits, '.', '_', '/' or '-'");
			}
			PetitionKind kind = row.oneOf("kind", PetitionKind.class, problems);
			Channel channel = row.oneOf("channel", Channel.class, problems);
			LocalDate received = row.date("received_on", problems);
			if (row.text("received_on").isEmpty()) {
				problems.add(n, "received_on", "is required");
			}
			else if (received != null && received.isAfter(LocalDate.now())) {
				problems.add(n, "received_on", "is in the future");
			}
			String receivedBy = unit(row, "received_by", true, problems);
			Boolean anonymous = row.bool("anonymous", problems);
			List<Petitioner> petitioners = Arrays.stream(row.text("petitioners").split(";"))
				.map(String::strip)
				.filter(name -> !name.isEmpty())
				.map(name -> new Petitioner(name, null, null, null))
				.toList();
			if (Boolean.FALSE.equals(anonymous) && petitioners.isEmpty()) {
				problems.add(n, "petitioners", "at least one name is needed unless anonymous");
			}
			if (petitioners.stream().anyMatch(petitioner -> petitioner.name().length() > 200)) {
				problems.add(n, "petitioners", "has a name longer than 200 characters");
			}
			String subject = row.optional("subject_name", 300, problems);
			String subjectUnit = Jurisdiction.asSystem(() -> unit(row, "subject_unit_code", false, problems));
			String content = row.required("content", 20000, problems);
			return new NewPetition(kind, channel, received, receivedBy, Boolean.TRUE.equals(anonymous), petitioners,
					subject, subjectUnit, content);
		}

		private String unit(CsvRow row, String column, boolean required, RowProblems problems) {
			String code = required ? row.required(column, 64, problems) : row.optional(column, 64, problems);
			if (code != null && unitCache.computeIfAbsent(Jurisdiction.scopePath() + "|" + code, key -> units.find(code))
				.isEmpty()) {
				problems.add(row.number(), column, "'" + code + "' is not a unit in your jurisdiction");
			}
			return code;
		}

		@Override
		public void write(CsvRow row, RowProblems problems) {
			imports.upsert(row.text("ref"), read(row, problems));
		}

		@Override
		public void finish(RowProblems problems) {
			// every row was written as it came
		}
	}
}
