package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.cases.Origin;
import org.probity.oversight.ActivityQuery;
import org.probity.oversight.ActivityType;
import org.probity.oversight.ActivityView;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.Programme;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionQuery;
import org.probity.petitions.PetitionStatus;
import org.probity.petitions.PetitionView;
import org.springframework.stereotype.Component;

/**
 * Where the first demo cases come from: inspections upon signs of violation that were concluded, and closed
 * denunciations found to show a violation. The case is detected a month after either.
 */
@Component
class DemoCaseOrigins {

	record Source(Origin origin, String activity, Long petition, LocalDate on) {
	}

	private final OversightManagement oversight;

	private final PetitionManagement petitions;

	DemoCaseOrigins(OversightManagement oversight, PetitionManagement petitions) {
		this.oversight = oversight;
		this.petitions = petitions;
	}

	/** Up to {@code count} sources, referrals and petitions in turn; fewer when the demo holds fewer. */
	List<Source> find(int count) {
		List<Source> referrals = new ArrayList<>();
		for (ActivityView activity : oversight
			.list(new ActivityQuery("QN", ActivityType.INSPECTION, null, Programme.SIGNS_OF_VIOLATION), 0)) {
			if (activity.concludedOn() != null && referrals.size() < count / 2) {
				referrals.add(new Source(Origin.INSPECTION_REFERRAL, activity.ref(), null, later(activity.concludedOn())));
			}
		}
		List<Source> raised = new ArrayList<>();
		for (PetitionView petition : petitions
			.list(new PetitionQuery("QN", PetitionStatus.CLOSED, PetitionKind.DENUNCIATION, null, false), 0)) {
			if (petition.violation() && raised.size() < count - referrals.size()) {
				raised.add(new Source(Origin.PETITION, null, petition.id(), later(petition.receivedOn().plusMonths(2))));
			}
		}
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < Math.max(referrals.size(), raised.size()); i++) {
			if (i < referrals.size()) {
				sources.add(referrals.get(i));
			}
			if (i < raised.size()) {
				sources.add(raised.get(i));
			}
		}
		return sources;
	}

	private static LocalDate later(LocalDate day) {
		LocalDate month = day.plusMonths(1);
		return month.isAfter(LocalDate.now()) ? LocalDate.now() : month;
	}
}
