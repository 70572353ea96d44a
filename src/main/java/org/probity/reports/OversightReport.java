package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.probity.discipline.DisciplineFigures;
import org.probity.oversight.OversightFigures;
import org.probity.petitions.PetitionFigures;

/**
 * The oversight report of a unit's subtree over a window (both ends included), as the public API answers it:
 * inspection and supervision by committees and by inspection commissions, discipline, petitions and corruption
 * cases, and the steering committees' meetings, directions and tasks, with {@code links} from each figure's key to the list of the records it counts.
 */
public record OversightReport(String unit, String unitName, LocalDate from, LocalDate to,
		OversightFigures.Figures inspection, DisciplineFigures.Figures discipline, PetitionFigures.Figures petitions,
		CaseFigures cases, SteeringCounts steering, Map<String, String> links) {

	public static final List<String> SECTIONS = List.of("inspection", "discipline", "petitions", "cases", "steering");

	/** Every figure in reading order. */
	public List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		add(figures, "inspection.committees.units", inspection.committees().units());
		add(figures, "inspection.committees.persons", inspection.committees().persons());
		add(figures, "inspection.inspectionCommissions.units", inspection.inspectionCommissions().units());
		add(figures, "inspection.inspectionCommissions.persons", inspection.inspectionCommissions().persons());
		add(figures, "discipline.units", discipline.units());
		add(figures, "discipline.persons", discipline.persons());
		discipline.byForm().forEach((form, count) -> add(figures, "discipline.byForm." + form.name(), count));
		add(figures, "petitions.received", petitions.received());
		add(figures, "petitions.matters", petitions.matters());
		add(figures, "petitions.handled", petitions.handled());
		add(figures, "petitions.overdue", petitions.overdue());
		petitions.byKind().forEach((kind, count) -> add(figures, "petitions.byKind." + kind.name(), count));
		add(figures, "petitions.receptionSessions", petitions.receptionSessions());
		add(figures, "petitions.dialogues", petitions.dialogues());
		add(figures, "petitions.citizensReceived", petitions.citizensReceived());
		add(figures, "cases.monitored", cases.monitored());
		add(figures, "cases.prosecuted", cases.prosecuted());
		add(figures, "cases.defendants", cases.defendants());
		add(figures, "steering.meetings", steering.meetings());
		add(figures, "steering.directions", steering.directions());
		add(figures, "steering.directionsOverdue", steering.directionsOverdue());
		add(figures, "steering.tasksDone", steering.tasksDone());
		add(figures, "steering.tasksOverdue", steering.tasksOverdue());
		return figures;
	}

	public List<Figure> section(String name) {
		return figures().stream().filter(figure -> figure.section().equals(name)).toList();
	}

	private void add(List<Figure> figures, String key, long value) {
		figures.add(new Figure(key, value, links.get(key)));
	}
}
