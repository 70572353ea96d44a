package org.probity.oversight;

import java.util.List;

/** A unit in the coverage tree, with the units below it and how many of those were never reached. */
public record CoverageNode(UnitCoverage unit, List<CoverageNode> children, long neverBelow) {
}
