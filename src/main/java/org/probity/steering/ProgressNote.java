package org.probity.steering;

import java.time.LocalDate;

public record ProgressNote(LocalDate notedOn, String note, String notedBy) {
}
