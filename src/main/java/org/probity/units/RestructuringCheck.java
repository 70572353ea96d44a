package org.probity.units;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.probity.shared.InvalidField;

/** Refuses a restructuring that names nothing, an unknown or closed unit, or a unit merged into itself, by field. */
final class RestructuringCheck {

	private final Units units;

	RestructuringCheck(Units units) {
		this.units = units;
	}

	/** The units that close (or move), each known, open on the day and named once. */
	List<Unit> closing(Restructuring change) {
		if (change.kind() == null) {
			throw new InvalidField("kind", "is required: " + List.of(RestructuringKind.values()));
		}
		if (change.effectiveOn() == null) {
			throw new InvalidField("effectiveOn", "is required (YYYY-MM-DD)");
		}
		List<String> from = change.from() == null ? List.of() : change.from();
		int wanted = change.kind() == RestructuringKind.MERGE ? 2 : 1;
		if (from.size() < wanted || (change.kind() != RestructuringKind.MERGE && from.size() > 1)) {
			throw new InvalidField("from", change.kind() == RestructuringKind.MERGE ? "must name at least two units"
					: "must name exactly one unit");
		}
		Set<String> seen = new HashSet<>();
		return java.util.stream.IntStream.range(0, from.size()).mapToObj(i -> {
			String field = "from[" + i + "]";
			Unit unit = known(from.get(i), field);
			if (!seen.add(unit.code())) {
				throw new InvalidField(field, "'" + unit.code() + "' is named twice");
			}
			if (unit.view().validTo() != null) {
				throw new InvalidField(field, "'" + unit.code() + "' is already closed");
			}
			if (unit.view().validFrom() != null && !change.effectiveOn().isAfter(unit.view().validFrom())) {
				throw new InvalidField("effectiveOn", "must be after " + unit.code() + " began on " + unit.view().validFrom());
			}
			return unit;
		}).toList();
	}

	/** The units that follow: new ones, with a code no unit has, a name, a kind and a known parent not closing. */
	void opening(List<NewUnit> into, Set<String> closing, boolean mayExist) {
		for (int i = 0; i < into.size(); i++) {
			NewUnit unit = into.get(i);
			String field = "into[" + i + "]";
			if (unit == null || unit.code() == null || !UnitsDataset.CODE.matcher(unit.code()).matches()) {
				throw new InvalidField(field + ".code", "is required: letters, digits, '.', '_' or '-'");
			}
			if (closing.contains(unit.code())) {
				throw new InvalidField(field + ".code", "a unit cannot be merged or split into itself");
			}
			if (units.findByCode(unit.code()).isPresent()) {
				if (mayExist && into.size() == 1 && unit.name() == null) {
					continue;
				}
				throw InvalidField.conflict(field + ".code", "'" + unit.code() + "' already exists");
			}
			if (unit.name() == null || unit.name().isBlank() || unit.name().length() > 300) {
				throw new InvalidField(field + ".name", "is required, at most 300 characters");
			}
			if (unit.kind() == null) {
				throw new InvalidField(field + ".kind", "is required: " + List.of(UnitKind.values()));
			}
			if (unit.parentCode() != null && closing.contains(unit.parentCode())) {
				throw new InvalidField(field + ".parentCode", "is a unit that closes");
			}
			if (unit.parentCode() != null) {
				known(unit.parentCode(), field + ".parentCode");
			}
		}
		if (into.stream().map(NewUnit::code).distinct().count() < into.size()) {
			throw new InvalidField("into", "names a unit twice");
		}
	}

	Unit known(String code, String field) {
		if (code == null || code.isBlank()) {
			throw new InvalidField(field, "is required");
		}
		if (!UnitsDataset.CODE.matcher(code).matches()) {
			throw new InvalidField(field, "is not a unit code: letters, digits, '.', '_' or '-'");
		}
		return units.findByCode(code)
			.orElseThrow(() -> new InvalidField(field, "'" + code + "' is not a known unit"));
	}
}
