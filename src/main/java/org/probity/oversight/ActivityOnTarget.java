package org.probity.oversight;

/** An activity as seen from one of its targets: {@code outcome} is what it concluded about that target. */
public record ActivityOnTarget(ActivityView activity, Outcome outcome) {
}
