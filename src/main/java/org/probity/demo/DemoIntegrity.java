package org.probity.demo;

import java.time.LocalDate;

import org.probity.discipline.DecisionView;
import org.probity.discipline.DisciplineManagement;
import org.probity.discipline.DisciplineQuery;
import org.probity.discipline.TargetKind;
import org.probity.integrity.DailySweep;
import org.probity.integrity.NewVettingRequest;
import org.probity.integrity.VettingManagement;
import org.probity.integrity.VettingOutcome;
import org.probity.integrity.VettingPurpose;
import org.probity.people.PersonManagement;
import org.springframework.stereotype.Component;

/**
 * Vetting requests for a few disciplined members (one decided), which raise their concern signals, and one run of
 * the daily sweep so the signals list shows overdue work, blind spots and stuck cases from the first start.
 */
@Component
class DemoIntegrity {

	private final DisciplineManagement discipline;

	private final PersonManagement people;

	private final VettingManagement vetting;

	private final DailySweep sweep;

	DemoIntegrity(DisciplineManagement discipline, PersonManagement people, VettingManagement vetting,
			DailySweep sweep) {
		this.discipline = discipline;
		this.people = people;
		this.vetting = vetting;
		this.sweep = sweep;
	}

	void run() {
		int made = 0;
		for (DecisionView decision : discipline.list(new DisciplineQuery(DemoProvince.PROVINCE, null, TargetKind.PERSON), 0)) {
			if (made == 3) {
				break;
			}
			String unit = people.find(decision.targetCode()).map(p -> p.person().unitCode()).orElse(null);
			if (unit == null) {
				continue;
			}
			var request = vetting.request(new NewVettingRequest(decision.targetCode(),
					made == 0 ? VettingPurpose.ADMISSION : VettingPurpose.POST, made == 0 ? null : "Phó Bí thư chi bộ",
					unit, LocalDate.now()));
			if (made == 1) {
				vetting.decide(request.id(), VettingOutcome.NOT_CLEARED, "Đang trong thời hạn chịu kỷ luật");
			}
			made++;
		}
		sweep.run(LocalDate.now());
	}
}
