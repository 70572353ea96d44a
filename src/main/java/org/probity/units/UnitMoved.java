package org.probity.units;

/**
 * A unit got a new parent, so it and its whole subtree changed path; modules keeping a copy of the path on their
 * records rewrite every path starting with {@code oldPath}.
 */
public record UnitMoved(String code, String oldPath, String newPath) {
}
