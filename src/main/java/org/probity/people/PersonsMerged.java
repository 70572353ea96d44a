package org.probity.people;

/** A probable duplicate was merged into the person kept: modules re-point what referred to it, in the same transaction. */
public record PersonsMerged(String keptCode, String mergedCode) {
}
