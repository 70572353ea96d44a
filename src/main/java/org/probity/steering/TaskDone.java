package org.probity.steering;

import java.time.LocalDate;

public record TaskDone(long taskId, long committeeId, LocalDate doneOn) {
}
