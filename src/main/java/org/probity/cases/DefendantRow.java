package org.probity.cases;

/** A defendant with the case they belong to, for the list behind the report's defendants figure. */
public record DefendantRow(long caseId, String reference, String unitCode, CaseDetails.DefendantView defendant) {
}
