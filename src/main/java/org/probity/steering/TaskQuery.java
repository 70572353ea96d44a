package org.probity.steering;

/** Filters for tasks; each may be left out. {@code overdue} true keeps only overdue ones. */
public record TaskQuery(Long committeeId, String unitCode, TaskStatus status, boolean overdue, Long groupId) {
}
