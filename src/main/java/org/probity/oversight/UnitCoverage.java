package org.probity.oversight;

import org.probity.units.UnitKind;

/** One unit of the subtree and how it was reached. */
public record UnitCoverage(String code, String name, UnitKind kind, String parentCode, int depth, Reach reach) {
}
