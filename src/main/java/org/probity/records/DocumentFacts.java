package org.probity.records;

import java.time.LocalDate;

/** What the paper says about itself: number (such as {@code 894-QĐNS/TW}), issuing body, date, kind. */
public record DocumentFacts(String number, String issuingBody, LocalDate issuedOn, String kind, boolean confidential) {

	public static DocumentFacts none() {
		return new DocumentFacts(null, null, null, null, false);
	}
}
