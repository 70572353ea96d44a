package org.probity.records;

/** A side's sign-off; the receiver may list the discrepancies it found instead of accepting. */
public record SignOff(HandoverSide side, String discrepancies) {
}
