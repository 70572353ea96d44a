package org.probity.steering;

import java.time.LocalDate;

public record MeetingHeld(long meetingId, long committeeId, String unitCode, MeetingKind kind, LocalDate heldOn) {
}
