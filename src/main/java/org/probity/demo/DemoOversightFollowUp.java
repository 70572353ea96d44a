package org.probity.demo;

import java.time.LocalDate;

import org.probity.oversight.ActivityDetails;
import org.probity.oversight.ActivityQuery;
import org.probity.oversight.ActivityView;
import org.probity.oversight.FollowUpManagement;
import org.probity.oversight.NewRemedialAction;
import org.probity.oversight.Outcome;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.RemedialActionView;
import org.probity.oversight.TargetView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Demo follow-up of the provincial commission's conclusions: remedial actions on the targets found at fault, half
 * of them done (the rest overdue by now), and a few referrals to the provincial police's investigation agency.
 */
@Component
class DemoOversightFollowUp {

	private static final int ACTIVITIES = 16;

	private static final int REFERRALS = 3;

	private int referred;

	private final OversightManagement activities;

	private final FollowUpManagement followUp;

	DemoOversightFollowUp(OversightManagement activities, FollowUpManagement followUp) {
		this.activities = activities;
		this.followUp = followUp;
	}

	void run() {
		referred = 0;
		int n = 0;
		for (int page = 0; n < ACTIVITIES; page++) {
			Page<ActivityView> batch = activities.list(ActivityQuery.ofUnit("QN-UBKT"), page);
			for (ActivityView activity : batch) {
				if (n < ACTIVITIES && activity.concludedOn() != null && recommend(activity, n)) {
					n++;
				}
			}
			if (!batch.hasNext()) {
				return;
			}
		}
	}

	/** Recommends for a target found at fault, one in violation first; false when every target was found without fault. */
	private boolean recommend(ActivityView activity, int n) {
		ActivityDetails details = activities.find(activity.ref()).orElseThrow();
		TargetView faulty = details.targets()
			.stream()
			.filter(target -> target.outcome() == Outcome.VIOLATION || target.outcome() == Outcome.SHORTCOMINGS)
			.max(java.util.Comparator.comparing(TargetView::outcome))
			.orElse(null);
		if (faulty == null) {
			return false;
		}
		LocalDate due = activity.concludedOn().plusDays(90);
		RemedialActionView action = followUp.recommend(activity.ref(), new NewRemedialAction(
				"Tổ chức kiểm điểm, khắc phục các khuyết điểm, vi phạm đã được chỉ ra trong kết luận", faulty.kind(),
				faulty.code(), due));
		followUp.recommend(activity.ref(), new NewRemedialAction("Báo cáo kết quả khắc phục bằng văn bản",
				faulty.kind(), faulty.code(), due.plusDays(30)));
		if (n % 2 == 0 && due.minusDays(10).isBefore(LocalDate.now())) {
			followUp.done(action.id(), due.minusDays(10), "Đã tổ chức kiểm điểm và báo cáo");
		}
		if (faulty.outcome() == Outcome.VIOLATION && referred++ < REFERRALS) {
			followUp.refer(activity.ref(), activity.concludedOn().plusDays(14),
					"Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ninh", "Có dấu hiệu tội phạm về quản lý đất đai");
		}
		return true;
	}
}
