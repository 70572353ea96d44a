package org.probity.petitions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's petition figures for a unit's subtree and a window of receipt dates (both ends included), from
 * one grouped count: by month received, by kind and by status, and those overdue, each as the inbox lists them.
 */
@Service
@Transactional(readOnly = true)
public class PetitionBreakdown {

	private final Petitions petitions;

	private final UnitManagement units;

	PetitionBreakdown(Petitions petitions, UnitManagement units) {
		this.petitions = petitions;
		this.units = units;
	}

	/** {@code byMonth} holds only months with petitions; kinds and statuses are all present, zero or not. */
	public record Figures(Map<YearMonth, Long> byMonth, Map<PetitionKind, Long> byKind,
			Map<PetitionStatus, Long> byStatus, long overdue) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		String path = Jurisdiction.subtreePattern(units.pathOf(unitCode));
		Map<YearMonth, Long> byMonth = new TreeMap<>();
		Map<PetitionKind, Long> byKind = new EnumMap<>(PetitionKind.class);
		Map<PetitionStatus, Long> byStatus = new EnumMap<>(PetitionStatus.class);
		for (PetitionKind kind : PetitionKind.values()) {
			byKind.put(kind, 0L);
		}
		for (PetitionStatus status : PetitionStatus.values()) {
			byStatus.put(status, 0L);
		}
		for (Object[] row : petitions.countByKindStatusAndMonth(path, from, to)) {
			long count = ((Number) row[4]).longValue();
			byKind.merge((PetitionKind) row[0], count, Long::sum);
			byStatus.merge((PetitionStatus) row[1], count, Long::sum);
			byMonth.merge(YearMonth.of(((Number) row[2]).intValue(), ((Number) row[3]).intValue()), count, Long::sum);
		}
		long overdue = petitions.countOverdue(path, from, to, PetitionStatus.OPEN, LocalDate.now());
		return new Figures(byMonth, byKind, byStatus, overdue);
	}
}
