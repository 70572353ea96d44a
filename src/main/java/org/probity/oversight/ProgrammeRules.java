package org.probity.oversight;

import org.probity.people.PersonManagement;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * What a programme and its items must be: a body within the reader's jurisdiction, a period fitting the kind (a
 * year at most for an annual programme, five for a term), a known target, and a named resolution when the theme is
 * implementing one. The first broken rule is refused naming its field.
 */
@Component
class ProgrammeRules {

	static final String REF = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private final UnitManagement units;

	private final PersonManagement people;

	ProgrammeRules(UnitManagement units, PersonManagement people) {
		this.units = units;
		this.people = people;
	}

	/** The body's unit, once the programme passes. */
	UnitView check(NewProgramme programme) {
		String ref = Texts.blankToNull(programme.ref());
		if (ref != null && !ref.matches(REF)) {
			throw new InvalidField("ref", "is not a reference: up to 64 letters, digits, '.', '_' or '-'");
		}
		String title = Texts.blankToNull(programme.title());
		if (title == null || title.length() > 500) {
			throw new InvalidField("title", "is required (at most 500 characters)");
		}
		String code = Texts.blankToNull(programme.unitCode());
		UnitView unit = code == null ? null : units.find(code).orElse(null);
		if (unit == null) {
			throw new InvalidField("unitCode", "'" + programme.unitCode() + "' is not a unit in your jurisdiction");
		}
		require(programme.body(), "body", "COMMITTEE, INSPECTION_COMMISSION");
		require(programme.kind(), "kind", "TERM, ANNUAL");
		require(programme.startsOn(), "startsOn", "a date");
		require(programme.endsOn(), "endsOn", "a date");
		if (programme.endsOn().isBefore(programme.startsOn())) {
			throw new InvalidField("endsOn", "is before startsOn " + programme.startsOn());
		}
		boolean annual = programme.kind() == ProgrammeKind.ANNUAL;
		if (!programme.endsOn().isBefore(programme.startsOn().plusYears(annual ? 1 : 5).plusDays(1))) {
			throw new InvalidField("endsOn", annual ? "an annual programme lasts one year at most"
					: "a term programme lasts five years at most");
		}
		return unit;
	}

	/** Targets may lie beyond the body's subtree (a commission inspects agencies), but they must exist. */
	NewPlannedItem check(NewPlannedItem item) {
		require(item.targetKind(), "targetKind", "UNIT, PERSON");
		String code = Texts.blankToNull(item.targetCode());
		boolean known = code != null && Jurisdiction.asSystem(() -> item.targetKind() == TargetKind.UNIT
				? units.find(code).isPresent() : people.pathOf(code).isPresent());
		if (!known) {
			throw new InvalidField("targetCode", "'" + item.targetCode() + "' is not a known "
					+ item.targetKind().name().toLowerCase());
		}
		require(item.type(), "type", "INSPECTION, SUPERVISION");
		require(item.theme(), "theme", "one of " + java.util.Arrays.toString(Theme.values()));
		String resolution = Texts.blankToNull(item.resolution());
		if (item.theme() == Theme.RESOLUTION_IMPLEMENTATION && resolution == null) {
			throw new InvalidField("resolution", "names the resolution whose implementation is looked at");
		}
		if (resolution != null && resolution.length() > 300) {
			throw new InvalidField("resolution", "is longer than 300 characters");
		}
		return new NewPlannedItem(item.targetKind(), code, item.type(), item.theme(),
				item.theme() == Theme.RESOLUTION_IMPLEMENTATION ? resolution : null, item.dueBy());
	}

	private static void require(Object value, String field, String expected) {
		if (value == null) {
			throw new InvalidField(field, "is required: " + expected);
		}
	}
}
