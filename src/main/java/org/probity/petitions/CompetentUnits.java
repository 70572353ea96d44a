package org.probity.petitions;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * Proposes the unit competent to settle a petition, by the rules of the two laws: a complaint goes first to the
 * body whose decision is contested; a denunciation of an official to the body that manages the official's unit
 * (its parent); recommendations and reflections to the unit concerned. Without a unit concerned, the receiver.
 */
@Component
class CompetentUnits {

	private final UnitManagement units;

	CompetentUnits(UnitManagement units) {
		this.units = units;
	}

	String propose(PetitionKind kind, String subjectUnitCode, String receiver) {
		if (subjectUnitCode == null) {
			return receiver;
		}
		return Jurisdiction.asSystem(() -> units.find(subjectUnitCode)
			.map(unit -> kind == PetitionKind.DENUNCIATION && unit.parentCode() != null ? unit.parentCode() : unit.code())
			.orElse(receiver));
	}

	UnitView describe(String code) {
		return Jurisdiction.asSystem(() -> units.find(code)).orElse(null);
	}
}
