package org.probity.integrity;

/** A unit's thresholds: in force, as the unit itself set them (null when it set none), and the defaults. */
public record UnitThresholdsView(String unitCode, Thresholds effective, Thresholds own, Thresholds defaults) {
}
