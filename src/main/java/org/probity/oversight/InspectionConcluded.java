package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity was concluded; {@code violations} are the targets found in violation, for which the discipline module
 * may open cases.
 */
public record InspectionConcluded(String ref, String conductedBy, LocalDate concludedOn, List<TargetRef> violations) {
}
