package org.probity.steering;

import org.probity.people.PersonManagement;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Component;

/**
 * Checks whom a direction or task goes to. A committee often directs bodies outside its own subtree (the
 * provincial committee directs the police or a commune), so any known unit or person will do.
 */
@Component
class Assignees {

	private final UnitManagement units;

	private final PersonManagement people;

	Assignees(UnitManagement units, PersonManagement people) {
		this.units = units;
		this.people = people;
	}

	/** The code, checked to name a known unit or person. */
	String check(String kindField, AssigneeKind kind, String codeField, String code) {
		SteeringRules.required(kindField, kind);
		String known = Texts.blankToNull(code);
		if (known == null) {
			throw new InvalidField(codeField, "is required");
		}
		boolean exists = kind == AssigneeKind.UNIT ? Jurisdiction.asSystem(() -> units.find(known)).isPresent()
				: Jurisdiction.asSystem(() -> people.find(known)).isPresent();
		if (!exists) {
			throw new InvalidField(codeField, "'" + Texts.clip(known, 64) + "' is not a known "
					+ kind.name().toLowerCase());
		}
		return known;
	}
}
