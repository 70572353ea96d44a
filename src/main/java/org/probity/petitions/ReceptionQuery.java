package org.probity.petitions;

import java.time.LocalDate;

/**
 * Which reception sessions to list: a unit's subtree (the reader's when null), a window of days held (both ends
 * included; open when null), dialogues only.
 */
public record ReceptionQuery(String unitCode, LocalDate from, LocalDate to, boolean dialogue) {

	/** What the list counts, as the report does: sessions and the citizens received at them. */
	public record Totals(long sessions, long citizens) {
	}
}
