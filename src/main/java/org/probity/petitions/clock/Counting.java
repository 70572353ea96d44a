package org.probity.petitions.clock;

/** How the law counts a time limit. */
public enum Counting {
	/** Days the office is open: weekends and public holidays do not count. */
	WORKING_DAYS,
	/** Every day counts. */
	CALENDAR_DAYS,
	/** Whole months, as the EU Whistleblower Directive counts feedback. */
	MONTHS
}
