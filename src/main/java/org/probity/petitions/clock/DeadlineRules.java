package org.probity.petitions.clock;

import static org.probity.petitions.clock.Counting.CALENDAR_DAYS;
import static org.probity.petitions.clock.Counting.MONTHS;
import static org.probity.petitions.clock.Counting.WORKING_DAYS;
import static org.probity.petitions.clock.JurisdictionProfile.EU_WHISTLEBLOWER;
import static org.probity.petitions.clock.JurisdictionProfile.VN_REMOTE;
import static org.probity.petitions.clock.JurisdictionProfile.VN_STANDARD;
import static org.probity.petitions.clock.Stage.ACCEPTANCE;
import static org.probity.petitions.clock.Stage.ACKNOWLEDGEMENT;
import static org.probity.petitions.clock.Stage.SETTLEMENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probity.petitions.PetitionKind;

/** The table of time limits, at most one row per kind, profile and stage. A unit may replace rows with its own. */
public final class DeadlineRules {

	private record Key(PetitionKind kind, JurisdictionProfile profile, Stage stage) {

		static Key of(DeadlineRule rule) {
			return new Key(rule.kind(), rule.profile(), rule.stage());
		}
	}

	private final Map<Key, DeadlineRule> rows;

	private DeadlineRules(Map<Key, DeadlineRule> rows) {
		this.rows = rows;
	}

	/** A table of exactly these rows; two rows for the same kind, profile and stage are a configuration mistake. */
	public static DeadlineRules of(Collection<DeadlineRule> rules) {
		Map<Key, DeadlineRule> rows = new LinkedHashMap<>();
		for (DeadlineRule rule : rules) {
			if (rows.putIfAbsent(Key.of(rule), rule) != null) {
				throw new IllegalArgumentException("two rules for " + Key.of(rule));
			}
		}
		return new DeadlineRules(rows);
	}

	/**
	 * The statutory limits. Recommendations and reflections have no single limit in law; we chose 10 working days to
	 * classify (as for processing any petition) and 30 days to settle, which a unit can change.
	 */
	public static DeadlineRules defaults() {
		List<DeadlineRule> rules = new ArrayList<>();
		for (JurisdictionProfile vietnam : List.of(VN_STANDARD, VN_REMOTE)) {
			// Law on Complaints 2011, Article 27 gives 10 days to accept; we count them as working days.
			rules.add(DeadlineRule.of(PetitionKind.COMPLAINT, vietnam, ACCEPTANCE, 10, WORKING_DAYS));
			// Law on Denunciations 2018, Articles 29-30: 7 working days to accept, 30 days to settle, extended once
			// by 30 days if complex, twice if very complex.
			rules.add(DeadlineRule.of(PetitionKind.DENUNCIATION, vietnam, ACCEPTANCE, 7, WORKING_DAYS));
			rules.add(DeadlineRule.of(PetitionKind.DENUNCIATION, vietnam, SETTLEMENT, 30, CALENDAR_DAYS)
				.withExtensions(2, 30));
			for (PetitionKind kind : List.of(PetitionKind.RECOMMENDATION, PetitionKind.REFLECTION)) {
				rules.add(DeadlineRule.of(kind, vietnam, ACCEPTANCE, 10, WORKING_DAYS));
				rules.add(DeadlineRule.of(kind, vietnam, SETTLEMENT, 30, CALENDAR_DAYS));
			}
		}
		// Law on Complaints 2011, Article 28: first settlement 30 days (45 if complex), 45 (60) in remote areas.
		rules.add(DeadlineRule.of(PetitionKind.COMPLAINT, VN_STANDARD, SETTLEMENT, 30, CALENDAR_DAYS)
			.withComplexLength(45));
		rules.add(DeadlineRule.of(PetitionKind.COMPLAINT, VN_REMOTE, SETTLEMENT, 45, CALENDAR_DAYS)
			.withComplexLength(60));
		// EU Directive 2019/1937, Article 9(1): acknowledge within 7 days, give feedback within 3 months.
		for (PetitionKind kind : PetitionKind.values()) {
			rules.add(DeadlineRule.of(kind, EU_WHISTLEBLOWER, ACKNOWLEDGEMENT, 7, CALENDAR_DAYS));
			rules.add(DeadlineRule.of(kind, EU_WHISTLEBLOWER, SETTLEMENT, 3, MONTHS));
		}
		return of(rules);
	}

	/** This table with the given row added, or replacing the row for the same kind, profile and stage. */
	public DeadlineRules with(DeadlineRule rule) {
		Map<Key, DeadlineRule> changed = new LinkedHashMap<>(rows);
		changed.put(Key.of(rule), rule);
		return new DeadlineRules(changed);
	}

	public Optional<DeadlineRule> rule(PetitionKind kind, JurisdictionProfile profile, Stage stage) {
		return Optional.ofNullable(rows.get(new Key(kind, profile, stage)));
	}

	public List<DeadlineRule> all() {
		return List.copyOf(rows.values());
	}
}
