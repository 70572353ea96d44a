package org.probity.steering;

import java.math.BigDecimal;

/** A unit's place in a ranking: units with equal totals share a rank, and the next rank skips accordingly. */
public record RankedUnit(int rank, String unitCode, String unitName, BigDecimal total, String classification) {
}
