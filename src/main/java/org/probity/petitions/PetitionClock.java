package org.probity.petitions;

import java.time.LocalDate;
import java.util.HashSet;

import org.probity.petitions.clock.Complexity;
import org.probity.petitions.clock.DeadlineRules;
import org.probity.petitions.clock.Deadlines;
import org.probity.petitions.clock.DueStatus;
import org.probity.petitions.clock.JurisdictionProfile;
import org.probity.petitions.clock.Stage;
import org.probity.petitions.clock.WorkingCalendar;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/** The statutory deadlines of the configured profile, on the Vietnamese working-day calendar. */
@Component
class PetitionClock {

	private final Deadlines deadlines;

	private final PetitionSettings settings;

	PetitionClock(PetitionSettings settings) {
		this.settings = settings;
		this.deadlines = new Deadlines(DeadlineRules.defaults(), WorkingCalendar.vietnam(new HashSet<>(settings.holidays())));
	}

	LocalDate acceptanceDue(PetitionKind kind, String unitPath, LocalDate from) {
		return deadlines.due(kind, profile(unitPath), Stage.ACCEPTANCE, from, Complexity.ORDINARY, 0);
	}

	LocalDate settlementDue(PetitionKind kind, String unitPath, LocalDate from, Complexity complexity, int extensions) {
		try {
			return deadlines.due(kind, profile(unitPath), Stage.SETTLEMENT, from, complexity, extensions);
		}
		catch (IllegalArgumentException refused) {
			throw InvalidField.conflict("extensions", refused.getMessage());
		}
	}

	/** Units listed as remote (mountain, island, border areas), and everything below them, get the remote limits. */
	JurisdictionProfile profile(String unitPath) {
		if (settings.profile() == JurisdictionProfile.VN_STANDARD && unitPath != null
				&& settings.remoteUnits().stream().anyMatch(code -> unitPath.contains("/" + code + "/"))) {
			return JurisdictionProfile.VN_REMOTE;
		}
		return settings.profile();
	}

	DueStatus status(LocalDate due, LocalDate today) {
		return Deadlines.status(due, today, settings.dueSoonDays());
	}
}
