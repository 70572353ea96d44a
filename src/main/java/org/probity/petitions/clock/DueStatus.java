package org.probity.petitions.clock;

/** Where a petition stands against its deadline, for inboxes and signals. */
public enum DueStatus {
	ON_TIME, DUE_SOON, OVERDUE
}
