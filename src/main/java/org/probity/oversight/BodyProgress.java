package org.probity.oversight;

/** Progress against plan of one body's programmes: a unit and whether its committee or its commission. */
public record BodyProgress(String unitCode, Body body, PlanProgress progress) {
}
