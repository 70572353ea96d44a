package org.probity.discipline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's discipline figures: decisions made in a window of decision dates (both ends included) on targets in
 * a unit's subtree, whoever decided them: organisations and members disciplined, and decisions by form.
 */
@Service
@Transactional(readOnly = true)
public class DisciplineFigures {

	private final Decisions decisions;

	private final UnitManagement units;

	DisciplineFigures(Decisions decisions, UnitManagement units) {
		this.decisions = decisions;
		this.units = units;
	}

	/** Each decision counts once: a member disciplined twice in the window counts twice. */
	public record Figures(long units, long persons, Map<Form, Long> byForm) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		String unitPath = units.pathOf(unitCode);
		Map<Form, Long> byForm = new EnumMap<>(Form.class);
		for (Form form : Form.values()) {
			byForm.put(form, 0L);
		}
		long onUnits = 0;
		long onPersons = 0;
		String path = Jurisdiction.subtreePattern(unitPath);
		for (Object[] row : decisions.countByTargetKindAndForm(path, from, to)) {
			long count = (Long) row[2];
			byForm.merge((Form) row[1], count, Long::sum);
			if (row[0] == TargetKind.UNIT) {
				onUnits += count;
			}
			else {
				onPersons += count;
			}
		}
		return new Figures(onUnits, onPersons, byForm);
	}
}
