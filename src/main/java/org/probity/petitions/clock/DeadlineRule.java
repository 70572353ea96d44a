package org.probity.petitions.clock;

import java.util.Objects;

import org.probity.petitions.PetitionKind;

/**
 * One row of the rule table: how long a stage may take for a kind of petition under a profile.
 *
 * @param length the time limit for an ordinary case
 * @param counting how {@code length} and {@code extensionLength} are counted
 * @param complexLength the time limit for a complex or very complex case
 * @param maxExtensions how many extensions a very complex case may get; a complex case gets at most one, an ordinary
 * case none (the ladder of the Law on Denunciations 2018)
 * @param extensionLength how much each extension adds
 */
public record DeadlineRule(PetitionKind kind, JurisdictionProfile profile, Stage stage, int length, Counting counting,
		int complexLength, int maxExtensions, int extensionLength) {

	public DeadlineRule {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(counting, "counting");
		if (length < 0 || complexLength < 0 || maxExtensions < 0 || extensionLength < 0) {
			throw new IllegalArgumentException("lengths and extensions cannot be negative");
		}
		if (maxExtensions > 0 && extensionLength == 0) {
			throw new IllegalArgumentException("an extension must add time");
		}
	}

	/** A plain limit: the same for complex cases, no extensions. */
	public static DeadlineRule of(PetitionKind kind, JurisdictionProfile profile, Stage stage, int length,
			Counting counting) {
		return new DeadlineRule(kind, profile, stage, length, counting, length, 0, 0);
	}

	public DeadlineRule withComplexLength(int complexLength) {
		return new DeadlineRule(kind, profile, stage, length, counting, complexLength, maxExtensions, extensionLength);
	}

	public DeadlineRule withExtensions(int maxExtensions, int extensionLength) {
		return new DeadlineRule(kind, profile, stage, length, counting, complexLength, maxExtensions, extensionLength);
	}

	public int lengthFor(Complexity complexity) {
		return complexity == Complexity.ORDINARY ? length : complexLength;
	}

	public int extensionsAllowed(Complexity complexity) {
		return switch (complexity) {
			case ORDINARY -> 0;
			case COMPLEX -> Math.min(1, maxExtensions);
			case VERY_COMPLEX -> maxExtensions;
		};
	}
}
