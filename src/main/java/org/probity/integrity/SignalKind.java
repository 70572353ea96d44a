package org.probity.integrity;

/** What a signal warns of. */
public enum SignalKind {
	/** The same person named in denunciations again and again, across channels and years. */
	REPEATED_DENUNCIATION,
	/** A surge of petitions on one topic in one commune, against its own baseline. */
	HOT_SPOT,
	/** A petition, direction or task past its deadline. */
	OVERDUE,
	/** A unit or member nobody inspected or supervised for years. */
	NOT_INSPECTED,
	/** A violation found and not yet disciplined, close to its statute of limitations. */
	STATUTE_EXPIRING,
	/** A person with discipline or founded denunciations proposed for admission or a post. */
	VETTING_CONCERN,
	/** A corruption case stuck in one stage too long. */
	STUCK_CASE
}
