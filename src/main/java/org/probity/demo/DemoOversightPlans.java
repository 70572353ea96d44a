package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.oversight.ActivityDetails;
import org.probity.oversight.ActivityQuery;
import org.probity.oversight.ActivityType;
import org.probity.oversight.ActivityView;
import org.probity.oversight.Body;
import org.probity.oversight.NewPlannedItem;
import org.probity.oversight.NewProgramme;
import org.probity.oversight.OversightManagement;
import org.probity.oversight.ProgrammeKind;
import org.probity.oversight.ProgrammeManagement;
import org.probity.oversight.TargetKind;
import org.probity.oversight.TargetView;
import org.probity.oversight.Theme;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Demo programmes: the provincial commission's annual plan for 2025, partly carried out by the imported activities
 * (matched by target and period) and partly overdue; the provincial committee's 2020–2025 term programme; and a
 * plan for the current year with items still ahead.
 */
@Component
class DemoOversightPlans {

	private static final Theme[] THEMES = { Theme.LAND, Theme.CONSTRUCTION, Theme.MINERALS, Theme.PUBLIC_FUNDS,
			Theme.PERSONNEL_WORK };

	private final OversightManagement activities;

	private final ProgrammeManagement programmes;

	DemoOversightPlans(OversightManagement activities, ProgrammeManagement programmes) {
		this.activities = activities;
		this.programmes = programmes;
	}

	void run() {
		commissionYear(2025);
		programmes.create(new NewProgramme("QN-TU-CT-2020-2025", "Chương trình kiểm tra, giám sát toàn khóa 2020–2025",
				"QN-TU", Body.COMMITTEE, ProgrammeKind.TERM, LocalDate.of(2020, 10, 15), LocalDate.of(2025, 10, 14)));
		for (int i = 1; i <= 12; i++) {
			Theme theme = i % 3 == 0 ? Theme.RESOLUTION_IMPLEMENTATION : THEMES[i % THEMES.length];
			programmes.plan("QN-TU-CT-2020-2025", new NewPlannedItem(TargetKind.UNIT, String.format("QN-%02d", i * 2),
					i % 2 == 0 ? ActivityType.SUPERVISION : ActivityType.INSPECTION, theme,
					theme == Theme.RESOLUTION_IMPLEMENTATION ? "Kết luận 21-KL/TW" : null,
					LocalDate.of(2021 + i % 5, 6, 30)));
		}
		currentYear(LocalDate.now().getYear());
	}

	/** Items on the targets the commission did inspect that year, and on communes it did not reach. */
	private void commissionYear(int year) {
		String ref = "QN-UBKT-KH-" + year;
		programmes.create(new NewProgramme(ref, "Kế hoạch kiểm tra, giám sát năm " + year + " của Ủy ban Kiểm tra",
				"QN-UBKT", Body.INSPECTION_COMMISSION, ProgrammeKind.ANNUAL, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)));
		int n = 0;
		for (ActivityView activity : commissionActivities(year)) {
			if (n++ >= 10) {
				break;
			}
			ActivityDetails details = activities.find(activity.ref()).orElseThrow();
			TargetView target = details.targets().get(0);
			LocalDate due = activity.startedOn().plusDays(75);
			programmes.plan(ref, new NewPlannedItem(target.kind(), target.code(), activity.type(),
					THEMES[n % THEMES.length], null, due.getYear() > year ? LocalDate.of(year, 12, 31) : due));
		}
		for (int i = 0; i < 5; i++) {
			programmes.plan(ref, new NewPlannedItem(TargetKind.UNIT, String.format("QN-%02d-CB1", 3 + i * 4),
					ActivityType.INSPECTION, Theme.PUBLIC_FUNDS, null, LocalDate.of(year, 3 + i, 15)));
		}
	}

	private void currentYear(int year) {
		String ref = "QN-UBKT-KH-" + year;
		programmes.create(new NewProgramme(ref, "Kế hoạch kiểm tra, giám sát năm " + year + " của Ủy ban Kiểm tra",
				"QN-UBKT", Body.INSPECTION_COMMISSION, ProgrammeKind.ANNUAL, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)));
		for (int month = 1; month <= 12; month += 2) {
			programmes.plan(ref, new NewPlannedItem(TargetKind.UNIT, String.format("QN-%02d-DU", month + 5),
					month % 4 == 1 ? ActivityType.INSPECTION : ActivityType.SUPERVISION, THEMES[month % THEMES.length],
					null, LocalDate.of(year, month, 28)));
		}
	}

	/** The commission's own activities started in the year, as the list shows them, latest first. */
	private List<ActivityView> commissionActivities(int year) {
		List<ActivityView> found = new ArrayList<>();
		for (int page = 0;; page++) {
			Page<ActivityView> batch = activities.list(ActivityQuery.ofUnit("QN-UBKT"), page);
			batch.stream().filter(activity -> activity.startedOn().getYear() == year).forEach(found::add);
			if (!batch.hasNext() || batch.stream().anyMatch(activity -> activity.startedOn().getYear() < year)) {
				return found;
			}
		}
	}
}
