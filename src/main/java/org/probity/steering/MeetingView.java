package org.probity.steering;

import java.time.LocalDate;
import java.util.List;

public record MeetingView(long id, long committeeId, MeetingKind kind, LocalDate heldOn, List<String> agenda,
		List<Attendance> attendance, List<ConclusionView> conclusions) {

	public record Attendance(long memberId, String fullName, boolean present) {
	}

	public record ConclusionView(long id, int number, String text) {
	}

	public long presentCount() {
		return attendance.stream().filter(Attendance::present).count();
	}
}
