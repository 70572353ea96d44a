package org.probity.integrity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.probity.petitions.PetitionClassified;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionRegistered;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches petitions as they are registered and classified: the same person denounced again and again (kind
 * REPEATED_DENUNCIATION) and a surge on one topic in one commune against its own past (HOT_SPOT). A petition is
 * counted under the unit it is about, or the receiving unit when it names none.
 */
@Component
class PetitionWatch {

	private final PetitionMarks marks;

	private final SignalRaiser raiser;

	private final ThresholdManagement thresholds;

	private final UnitManagement units;

	private final Clock clock;

	PetitionWatch(PetitionMarks marks, SignalRaiser raiser, ThresholdManagement thresholds, UnitManagement units,
			Clock clock) {
		this.marks = marks;
		this.raiser = raiser;
		this.thresholds = thresholds;
		this.units = units;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PetitionRegistered registered) {
		String unitCode = registered.subjectUnitCode() != null ? registered.subjectUnitCode() : registered.handlingUnit();
		String key = registered.subjectKey() == null || registered.subjectKey().isBlank() ? null : registered.subjectKey();
		marks.note(registered.petitionId(), registered.reference(), registered.kind().name(),
				registered.channel().name(), registered.receivedOn(), key, registered.subjectName(), unitCode);
		if (key == null || registered.kind() != PetitionKind.DENUNCIATION) {
			return;
		}
		UnitView unit = unit(unitCode);
		if (unit == null) {
			return;
		}
		Thresholds limits = thresholds.at(unit.path());
		List<PetitionMarks.Mark> named = marks.denunciations(key, unitCode,
				registered.receivedOn().minusYears(limits.repeatYears()), registered.receivedOn());
		if (named.size() >= limits.repeatCount()) {
			Set<String> channels = new LinkedHashSet<>();
			named.forEach(mark -> channels.add(mark.channel()));
			raiser.raise(SignalKind.REPEATED_DENUNCIATION,
					new Subject(key + "@" + unitCode, registered.subjectName() + " · " + unit.name(), unit.code(),
							unit.path()),
					evidence(named), named.size() + " / " + limits.repeatYears() + "y · " + String.join(", ", channels));
		}
	}

	@ApplicationModuleListener
	void on(PetitionClassified classified) {
		String unitCode = marks.topic(classified.petitionId(), classified.topic().name());
		UnitView unit = unitCode == null ? null : unit(unitCode);
		if (unit == null) {
			return;
		}
		Thresholds limits = thresholds.at(unit.path());
		LocalDate today = LocalDate.now(clock);
		LocalDate windowFrom = today.minusDays(limits.surgeWindowDays() - 1L);
		List<PetitionMarks.Mark> recent = marks.onTopic(unitCode, classified.topic().name(), windowFrom, today);
		long before = marks.countOnTopic(unitCode, classified.topic().name(),
				windowFrom.minusDays((long) limits.surgeWindowDays() * limits.surgeWindows()), windowFrom.minusDays(1));
		BigDecimal baseline = BigDecimal.valueOf(before).divide(BigDecimal.valueOf(limits.surgeWindows()), 2,
				java.math.RoundingMode.HALF_UP);
		if (recent.size() >= limits.surgeMinimum()
				&& BigDecimal.valueOf(recent.size()).compareTo(baseline.multiply(limits.surgeFactor())) > 0) {
			raiser.raise(SignalKind.HOT_SPOT,
					new Subject(classified.topic().name() + "@" + unitCode, classified.topic().name() + " · "
							+ unit.name(), unit.code(), unit.path()),
					evidence(recent), recent.size() + " / " + limits.surgeWindowDays() + "d, baseline " + baseline);
		}
	}

	private UnitView unit(String code) {
		return Jurisdiction.asSystem(() -> units.find(code)).orElse(null);
	}

	private static List<Evidence> evidence(List<PetitionMarks.Mark> marks) {
		return marks.stream()
			.map(mark -> new Evidence("petition", String.valueOf(mark.petitionId()), mark.reference() + " · "
					+ mark.kind() + " · " + mark.channel(), mark.receivedOn()))
			.toList();
	}
}
