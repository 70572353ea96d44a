package org.probity.oversight;

/** A target as the API reads it; {@code outcome} is null while the activity is open. */
public record TargetView(TargetKind kind, String code, Outcome outcome) {
}
