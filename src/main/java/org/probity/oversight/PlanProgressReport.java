package org.probity.oversight;

import java.util.List;

/** Progress against plan of every programme of the bodies in a unit's subtree, in all and per body. */
public record PlanProgressReport(String unit, PlanProgress total, List<BodyProgress> bodies) {
}
