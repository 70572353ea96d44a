package org.probity.oversight;

import java.time.LocalDate;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's inspection figures for a unit's subtree and a window of start dates (both ends included): targets of
 * activities conducted by committees and by inspection commissions, units and persons apart.
 */
@Service
@Transactional(readOnly = true)
public class OversightFigures {

	private final Activities activities;

	private final UnitManagement units;

	OversightFigures(Activities activities, UnitManagement units) {
		this.activities = activities;
		this.units = units;
	}

	public record Targets(long units, long persons) {

		Targets plus(TargetKind kind, long count) {
			return kind == TargetKind.UNIT ? new Targets(units + count, persons) : new Targets(units, persons + count);
		}
	}

	public record Figures(Targets committees, Targets inspectionCommissions) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		String unitPath = units.pathOf(unitCode);
		Targets committees = new Targets(0, 0);
		Targets commissions = new Targets(0, 0);
		for (Object[] row : activities.countTargets(Jurisdiction.subtreePattern(unitPath), from, to)) {
			long count = ((Number) row[2]).longValue();
			if (row[0] == Body.COMMITTEE) {
				committees = committees.plus((TargetKind) row[1], count);
			}
			else {
				commissions = commissions.plus((TargetKind) row[1], count);
			}
		}
		return new Figures(committees, commissions);
	}
}
