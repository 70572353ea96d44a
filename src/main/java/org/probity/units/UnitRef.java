package org.probity.units;

/** A unit named in a restructuring event: its code and its path at that moment. */
public record UnitRef(String code, String path) {
}
