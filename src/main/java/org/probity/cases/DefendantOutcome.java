package org.probity.cases;

/**
 * What became of a defendant: still pending, convicted (to prison or another penalty), given a suspended sentence,
 * acquitted, or the proceedings against them discontinued.
 */
public enum DefendantOutcome {
	PENDING, CONVICTED, SUSPENDED, ACQUITTED, DISCONTINUED
}
