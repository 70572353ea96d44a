package org.probity.cases;

/** Preventive measures of the Criminal Procedure Code a defendant may be held under. */
public enum CustodyMeasure {
	NONE, TEMPORARY_DETENTION, RESIDENCE_BAN, EXIT_BAN, GUARANTEE, BAIL
}
