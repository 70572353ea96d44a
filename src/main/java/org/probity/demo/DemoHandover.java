package org.probity.demo;

import java.time.LocalDate;
import java.util.List;

import org.probity.records.HandoverManagement;
import org.probity.records.HandoverSide;
import org.probity.records.SignOff;
import org.probity.units.NewUnit;
import org.probity.units.Restructuring;
import org.probity.units.RestructuringKind;
import org.probity.units.UnitKind;
import org.probity.units.UnitRestructuring;
import org.springframework.stereotype.Component;

/**
 * Two party cells of Bãi Cháy merged into one at the start of 2026, so the demo shows handovers: one signed off by
 * its giver and waiting for the receiver, one waiting for both.
 */
@Component
class DemoHandover {

	private final UnitRestructuring restructuring;

	private final HandoverManagement handovers;

	DemoHandover(UnitRestructuring restructuring, HandoverManagement handovers) {
		this.restructuring = restructuring;
		this.handovers = handovers;
	}

	/** Run as the administrator. */
	void run() {
		restructuring.apply(new Restructuring(RestructuringKind.MERGE, LocalDate.of(2026, 1, 1),
				List.of("QN-02-CB1", "QN-02-CB2"),
				List.of(new NewUnit("QN-02-CB9", "Chi bộ khu phố 1-2 Bãi Cháy", UnitKind.PARTY_CELL, "QN-02-DU")), null,
				null));
		handovers.list()
			.stream()
			.filter(handover -> handover.giverCode().equals("QN-02-CB1"))
			.forEach(handover -> handovers.signOff(handover.id(), new SignOff(HandoverSide.GIVER, null)));
	}
}
