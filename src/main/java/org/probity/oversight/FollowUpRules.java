package org.probity.oversight;

import java.time.LocalDate;

import org.probity.people.PersonManagement;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Component;

/** What a remedial action and a referral must hold; the first broken rule is refused naming its field. */
@Component
class FollowUpRules {

	private final UnitManagement units;

	private final PersonManagement people;

	FollowUpRules(UnitManagement units, PersonManagement people) {
		this.units = units;
		this.people = people;
	}

	/** A known owner anywhere (a recommendation may go to a body above), a deadline after the conclusion. */
	NewRemedialAction check(NewRemedialAction action, LocalDate concludedOn) {
		String text = Texts.blankToNull(action.action());
		if (text == null || text.length() > 4000) {
			throw new InvalidField("action", "is required (at most 4000 characters)");
		}
		if (action.ownerKind() == null) {
			throw new InvalidField("ownerKind", "is required: UNIT or PERSON");
		}
		String owner = Texts.blankToNull(action.ownerCode());
		boolean known = owner != null && Jurisdiction.asSystem(() -> action.ownerKind() == TargetKind.UNIT
				? units.find(owner).isPresent() : people.pathOf(owner).isPresent());
		if (!known) {
			throw new InvalidField("ownerCode", "'" + action.ownerCode() + "' is not a known "
					+ action.ownerKind().name().toLowerCase());
		}
		if (action.dueOn() == null || action.dueOn().isBefore(concludedOn)) {
			throw new InvalidField("dueOn", "is required, on or after the conclusion of " + concludedOn);
		}
		return new NewRemedialAction(text, action.ownerKind(), owner, action.dueOn());
	}

	Referral referral(Activity activity, LocalDate referredOn, String agency, String note) {
		String name = Texts.blankToNull(agency);
		if (name == null || name.length() > 300) {
			throw new InvalidField("agency", "is required (at most 300 characters)");
		}
		if (referredOn == null || referredOn.isBefore(activity.concludedOn()) || referredOn.isAfter(LocalDate.now())) {
			throw new InvalidField("referredOn", "must be a date from the conclusion of " + activity.concludedOn()
					+ " to today");
		}
		String text = Texts.blankToNull(note);
		if (text != null && text.length() > 4000) {
			throw new InvalidField("note", "is longer than 4000 characters");
		}
		return new Referral(activity, referredOn, name, text);
	}
}
