package org.probity.integrity;

/** Filters of the signals list; each may be null. */
public record SignalQuery(SignalKind kind, SignalState state, String unitCode) {
}
