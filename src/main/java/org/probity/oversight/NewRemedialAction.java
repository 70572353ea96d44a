package org.probity.oversight;

import java.time.LocalDate;

/** A remedial action a conclusion recommends: what, who (a unit or a person) and by when. */
public record NewRemedialAction(String action, TargetKind ownerKind, String ownerCode, LocalDate dueOn) {
}
