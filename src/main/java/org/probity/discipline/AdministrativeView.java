package org.probity.discipline;

import java.time.LocalDate;

/**
 * The administrative discipline a party decision on a member calls for: which authority decides it, by when, and
 * once decided its reference, date and measure; {@code overdue} while pending after its due date.
 */
public record AdministrativeView(long id, String decisionRef, String personCode, String authority, LocalDate dueOn,
		AdministrativeStatus status, String reference, LocalDate decidedOn, String measure, boolean overdue) {
}
