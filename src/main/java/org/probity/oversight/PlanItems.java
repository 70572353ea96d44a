package org.probity.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planned items of the programmes of a subtree's bodies whose period overlaps a window, as the records show
 * them today: the dashboard's "activities against plan" and the list each of its figures drills down to, from one
 * reading, so the two always agree.
 */
@Service
@Transactional(readOnly = true)
public class PlanItems {

	/** Which items a figure counts: every planned one, those started (or concluded), concluded, or overdue. */
	public enum Progress {
		PLANNED, STARTED, CONCLUDED, OVERDUE;

		boolean counts(PlannedItemView item) {
			return switch (this) {
				case PLANNED -> true;
				case STARTED -> item.state() != ItemState.PLANNED;
				case CONCLUDED -> item.state() == ItemState.CONCLUDED;
				case OVERDUE -> item.overdue();
			};
		}
	}

	/** An item with the programme that plans it. */
	public record Row(String programmeRef, String programmeTitle, String unitCode, Body body, PlannedItemView item) {
	}

	private final InspectionProgrammes programmes;

	private final ItemProgress progress;

	private final UnitManagement units;

	private final Clock clock;

	PlanItems(InspectionProgrammes programmes, ItemProgress progress, UnitManagement units, Clock clock) {
		this.programmes = programmes;
		this.progress = progress;
		this.units = units;
		this.clock = clock;
	}

	/** Planned, started, concluded and overdue items. */
	public PlanProgress count(String unitCode, LocalDate from, LocalDate to) {
		return PlanProgress.of(rows(unitCode, from, to).stream().map(Row::item).toList());
	}

	/** The items one figure counts, programme by programme (latest first), each by due date. */
	public List<Row> list(String unitCode, LocalDate from, LocalDate to, Progress which) {
		return rows(unitCode, from, to).stream().filter(row -> which.counts(row.item())).toList();
	}

	private List<Row> rows(String unitCode, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidField(from == null ? "from" : "to", "is required (YYYY-MM-DD)");
		}
		if (to.isBefore(from)) {
			throw new InvalidField("to", "is before from (" + from + ")");
		}
		List<InspectionProgramme> found = programmes.overlapping(Jurisdiction.subtreePattern(units.pathOf(unitCode)),
				from, to);
		Map<Long, ItemProgress.Found> matched = progress.ofProgrammes(found.stream().map(InspectionProgramme::id).toList());
		LocalDate today = LocalDate.now(clock);
		List<Row> rows = new ArrayList<>();
		for (InspectionProgramme programme : found) {
			ProgrammeView view = programme.view(null);
			for (PlannedItem item : programme.items()) {
				rows.add(new Row(view.ref(), view.title(), view.unitCode(), view.body(),
						item.view(matched.get(item.id()), today)));
			}
		}
		return rows;
	}
}
