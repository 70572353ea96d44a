package org.probity.demo;

import java.time.LocalDate;

import org.probity.discipline.AdministrativeView;
import org.probity.discipline.DecisionView;
import org.probity.discipline.DisciplineFollowUp;
import org.probity.discipline.DisciplineManagement;
import org.probity.discipline.DisciplineQuery;
import org.probity.discipline.TargetKind;
import org.springframework.stereotype.Component;

/**
 * Demo follow-up of the discipline decisions: most are disclosed a week after the decision, a few are kept back,
 * and members who are also civil servants await (or have received) administrative discipline.
 */
@Component
class DemoDisciplineFollowUp {

	private final DisciplineManagement discipline;

	private final DisciplineFollowUp followUp;

	DemoDisciplineFollowUp(DisciplineManagement discipline, DisciplineFollowUp followUp) {
		this.discipline = discipline;
		this.followUp = followUp;
	}

	void run() {
		int n = 0;
		for (DecisionView decision : discipline.list(DisciplineQuery.all(), 0)) {
			n++;
			if (n % 7 == 0) {
				followUp.disclose(decision.ref(), false, null, "Có nội dung thuộc bí mật nhà nước");
			}
			else if (n % 3 != 0) {
				LocalDate on = decision.decidedOn().plusDays(7);
				followUp.disclose(decision.ref(), true, on.isAfter(LocalDate.now()) ? LocalDate.now() : on, null);
			}
			if (decision.targetKind() == TargetKind.PERSON && n % 4 == 0) {
				administrative(decision, n);
			}
		}
	}

	/** Due 30 days after the party decision; every other one has been decided by the authority. */
	private void administrative(DecisionView decision, int n) {
		String authority = n % 8 == 0 ? "Ủy ban nhân dân tỉnh Quảng Ninh" : "Ủy ban nhân dân cấp xã nơi công tác";
		AdministrativeView pending = followUp.requireAdministrative(decision.ref(), authority, null);
		if (n % 8 == 0 && pending.dueOn().isBefore(LocalDate.now())) {
			followUp.decided(pending.id(), "QĐ-" + decision.ref(), pending.dueOn().minusDays(5), "Khiển trách");
		}
	}
}
