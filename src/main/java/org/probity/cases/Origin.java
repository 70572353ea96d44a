package org.probity.cases;

/**
 * Where the case came from: detected directly (by the police, the press, an audit), referred by an inspection
 * activity that found signs of crime, or raised by a petition.
 */
public enum Origin {
	DIRECT, INSPECTION_REFERRAL, PETITION
}
