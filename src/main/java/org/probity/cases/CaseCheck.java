package org.probity.cases;

import org.probity.oversight.OversightManagement;
import org.probity.petitions.PetitionManagement;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * What a new case is checked against outside itself: a unit within the reader's jurisdiction, a reference not
 * taken, and an origin that exists. The referring activity or petition may belong to a body above the reader (the
 * province's inspection commission refers a commune's case), so only its existence is looked up, nation-wide.
 */
@Component
class CaseCheck {

	private final UnitManagement units;

	private final OversightManagement oversight;

	private final PetitionManagement petitions;

	private final Cases cases;

	CaseCheck(UnitManagement units, OversightManagement oversight, PetitionManagement petitions, Cases cases) {
		this.units = units;
		this.oversight = oversight;
		this.petitions = petitions;
		this.cases = cases;
	}

	/** The unit's path, once every outside rule holds; the first broken rule is refused naming its field. */
	String check(NewCase opened, String reference) {
		if (reference != null && !reference.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}")) {
			throw new InvalidField("reference", "is not a reference: up to 40 letters, digits, '.', '_', '/' or '-'");
		}
		if (reference != null && Jurisdiction.asSystem(() -> cases.findByReference(reference)).isPresent()) {
			throw InvalidField.conflict("reference", "'" + reference + "' is already a case");
		}
		String unit = org.probity.shared.Texts.blankToNull(opened.unitCode());
		if (unit == null) {
			throw new InvalidField("unitCode", "is required");
		}
		String path = units.find(unit).map(UnitView::path).orElseThrow(
				() -> new InvalidField("unitCode", "'" + unit + "' is not a unit in your jurisdiction"));
		origin(opened);
		return path;
	}

	private void origin(NewCase opened) {
		Origin origin = opened.origin() == null ? Origin.DIRECT : opened.origin();
		String activity = org.probity.shared.Texts.blankToNull(opened.originActivity());
		Long petition = opened.originPetition();
		if (origin != Origin.INSPECTION_REFERRAL && activity != null) {
			throw new InvalidField("originActivity", "is only given for an origin of INSPECTION_REFERRAL");
		}
		if (origin != Origin.PETITION && petition != null) {
			throw new InvalidField("originPetition", "is only given for an origin of PETITION");
		}
		if (origin == Origin.INSPECTION_REFERRAL) {
			if (activity == null) {
				throw new InvalidField("originActivity", "is required for an inspection referral");
			}
			if (activity.length() > 64 || Jurisdiction.asSystem(() -> oversight.find(activity)).isEmpty()) {
				throw new InvalidField("originActivity", "'" + activity + "' is not a known oversight activity");
			}
		}
		if (origin == Origin.PETITION) {
			if (petition == null) {
				throw new InvalidField("originPetition", "is required for a case raised by a petition");
			}
			if (Jurisdiction.asSystem(() -> petitions.find(petition)).isEmpty()) {
				throw new InvalidField("originPetition", "'" + petition + "' is not a known petition");
			}
		}
	}
}
