package org.probity.steering;

/**
 * A target of a unit for a year. {@code measure} is {@value TargetManagement#MANUAL} (then {@code achieved} is typed
 * in, and may follow later) or the key of a {@link TargetMeasure} that counts the achieved figure from records.
 */
public record NewTarget(String unitCode, Integer year, String measure, String title, Long planned, Long achieved) {
}
