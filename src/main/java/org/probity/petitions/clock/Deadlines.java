package org.probity.petitions.clock;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.probity.petitions.PetitionKind;

/** Computes when a stage of a petition is due, from a rule table and a working calendar. */
public final class Deadlines {

	private final DeadlineRules rules;

	private final WorkingCalendar calendar;

	public Deadlines(DeadlineRules rules, WorkingCalendar calendar) {
		this.rules = Objects.requireNonNull(rules, "rules");
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	/**
	 * The last day on which the stage is on time. Time runs from {@code start} (receipt, or acceptance for
	 * settlement), which itself is not counted; each granted extension adds the rule's extension length.
	 */
	public LocalDate due(PetitionKind kind, JurisdictionProfile profile, Stage stage, LocalDate start,
			Complexity complexity, int extensionsGranted) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(complexity, "complexity");
		DeadlineRule rule = rules.rule(kind, profile, stage)
			.orElseThrow(() -> new IllegalArgumentException(
					"no time limit for " + article(kind) + " at " + stage + " under " + profile));
		requireAllowed(rule, complexity, extensionsGranted);
		LocalDate due = advance(start, rule.lengthFor(complexity), rule.counting());
		for (int extension = 0; extension < extensionsGranted; extension++) {
			due = advance(due, rule.extensionLength(), rule.counting());
		}
		return due;
	}

	/** Overdue after the due day; due soon from {@code dueSoonDays} calendar days before it, the due day included. */
	public static DueStatus status(LocalDate due, LocalDate today, int dueSoonDays) {
		if (dueSoonDays < 0) {
			throw new IllegalArgumentException("dueSoonDays cannot be negative: " + dueSoonDays);
		}
		if (today.isAfter(due)) {
			return DueStatus.OVERDUE;
		}
		return today.isBefore(due.minusDays(dueSoonDays)) ? DueStatus.ON_TIME : DueStatus.DUE_SOON;
	}

	private LocalDate advance(LocalDate from, int length, Counting counting) {
		return switch (counting) {
			case WORKING_DAYS -> calendar.addWorkingDays(from, length);
			case CALENDAR_DAYS -> calendar.addCalendarDays(from, length);
			case MONTHS -> from.plusMonths(length);
		};
	}

	private static void requireAllowed(DeadlineRule rule, Complexity complexity, int asked) {
		if (asked < 0) {
			throw new IllegalArgumentException("extensions granted cannot be negative: " + asked);
		}
		int allowed = rule.extensionsAllowed(complexity);
		if (asked <= allowed) {
			return;
		}
		String kind = rule.kind().name().toLowerCase(Locale.ROOT);
		String subject = allowed == rule.maxExtensions() ? article(rule.kind())
				: (complexity == Complexity.ORDINARY ? "an ordinary " : "a complex ") + kind;
		String limit = allowed == 0 ? "may not be extended" : "may be extended at most " + times(allowed);
		throw new IllegalArgumentException(subject + " " + limit + " (asked for " + asked + ")");
	}

	private static String article(PetitionKind kind) {
		return "a " + kind.name().toLowerCase(Locale.ROOT);
	}

	private static String times(int count) {
		return switch (count) {
			case 1 -> "once";
			case 2 -> "twice";
			default -> count + " times";
		};
	}
}
