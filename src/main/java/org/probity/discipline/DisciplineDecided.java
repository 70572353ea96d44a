package org.probity.discipline;

import java.time.LocalDate;

/** A discipline decision was recorded; reports, signals and the integrity profile may listen. */
public record DisciplineDecided(String ref, TargetKind targetKind, String targetCode, Form form, LocalDate decidedOn) {
}
