package org.probity.petitions;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's petition figures for a unit's subtree and a window of receipt dates (both ends included), counted
 * from the records: letters received, matters (repeats of one matter count once), handled, overdue, by kind.
 */
@Service
@Transactional(readOnly = true)
public class PetitionFigures {

	private final Petitions petitions;

	private final UnitManagement units;

	private final ReceptionSessions sessions;

	PetitionFigures(Petitions petitions, UnitManagement units, ReceptionSessions sessions) {
		this.petitions = petitions;
		this.sessions = sessions;
		this.units = units;
	}

	public record Figures(long received, long matters, long handled, long overdue, Map<PetitionKind, Long> byKind,
			long receptionSessions, long dialogues, long citizensReceived) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		String unitPath = units.pathOf(unitCode);
		String path = Jurisdiction.subtreePattern(unitPath);
		Map<PetitionKind, Long> byKind = new EnumMap<>(PetitionKind.class);
		for (PetitionKind kind : PetitionKind.values()) {
			byKind.put(kind, 0L);
		}
		long received = 0;
		long handled = 0;
		for (Object[] row : petitions.countByKindAndStatus(path, from, to)) {
			long count = (Long) row[2];
			received += count;
			byKind.merge((PetitionKind) row[0], count, Long::sum);
			if (((PetitionStatus) row[1]).handled()) {
				handled += count;
			}
		}
		long overdue = petitions.countOverdue(path, from, to, PetitionStatus.OPEN, LocalDate.now());
		Object[] reception = sessions.totals(path, from, to).get(0);
		return new Figures(received, petitions.countMatters(path, from, to), handled, overdue, byKind,
				number(reception[0]), number(reception[1]), number(reception[2]));
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
