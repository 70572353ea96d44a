package org.probity.oversight;

import java.util.List;

/** An activity with every target and its outcome. */
public record ActivityDetails(ActivityView activity, List<TargetView> targets) {
}
