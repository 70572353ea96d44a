package org.probity.integrity;

import java.time.LocalDate;
import java.util.List;

import org.probity.cases.DefendantRow;
import org.probity.discipline.DecisionView;
import org.probity.oversight.ActivityOnTarget;
import org.probity.people.PersonView;
import org.probity.people.PositionView;

/**
 * Every record about one person, as of a day: posts, activities that looked at them, discipline, petitions naming
 * them (never who sent them) and cases in which they are a defendant.
 */
public record IntegrityProfile(LocalDate asOf, PersonView person, List<PositionView> positions,
		List<ActivityOnTarget> activities, List<DecisionView> discipline, List<PetitionNaming> petitions,
		List<DefendantRow> cases) {

	/** A petition about the person: what kind, how it came, where it stands and what it concluded. */
	public record PetitionNaming(long id, String reference, String kind, String channel, LocalDate receivedOn,
			String status, String outcome) {

		/** A denunciation found (wholly or partly) true. */
		public boolean foundedDenunciation() {
			return "DENUNCIATION".equals(kind) && ("FOUNDED".equals(outcome) || "PARTLY_FOUNDED".equals(outcome));
		}
	}

	/** Discipline decisions plus founded denunciations: what makes a vetting a concern. */
	public int concerns() {
		return discipline.size() + (int) petitions.stream().filter(PetitionNaming::foundedDenunciation).count();
	}
}
