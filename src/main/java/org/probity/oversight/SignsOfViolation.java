package org.probity.oversight;

import org.probity.petitions.PetitionConcluded;
import org.probity.shared.AuditedChange;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A petition concluded with a violation is a sign of violation: the handling unit's inspection commission opens an
 * inspection of the unit concerned, in the concluding transaction, so the two never disagree.
 */
@Component
class SignsOfViolation {

	static final String PREFIX = "PET-";

	private final Activities activities;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	SignsOfViolation(Activities activities, UnitManagement units, ApplicationEventPublisher events) {
		this.activities = activities;
		this.units = units;
		this.events = events;
	}

	@EventListener
	void on(PetitionConcluded concluded) {
		if (!concluded.violation() || concluded.subjectUnitCode() == null || concluded.subjectUnitCode().isBlank()) {
			return;
		}
		// A path segment cannot hold a slash, and the ref is part of the activity's address.
		String ref = PREFIX + concluded.reference().replace('/', '-');
		// The petition's conclusion is a fact; the subject unit may lie outside the concluding leader's subtree.
		Jurisdiction.asSystem(() -> {
			UnitView conductor = units.find(concluded.handlingUnit()).orElse(null);
			if (conductor == null || activities.existsByRef(ref)) {
				return;
			}
			Activity activity = new Activity(ref, ActivityType.INSPECTION, Body.INSPECTION_COMMISSION, conductor.code(),
					conductor.path(), Programme.SIGNS_OF_VIOLATION, concluded.concludedOn(),
					"Petition " + concluded.reference());
			String subject = concluded.subjectUnitCode().strip();
			activity.target(TargetKind.UNIT, subject, units.find(subject).map(UnitView::path).orElse(null));
			activities.save(activity);
			events.publishEvent(AuditedChange.of("OPEN", "oversight-activity", ref,
					"upon signs of violation in petition " + concluded.reference(), null, activity.details()));
		});
	}
}
