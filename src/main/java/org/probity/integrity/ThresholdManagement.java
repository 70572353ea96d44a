package org.probity.integrity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of the signals per unit: a unit's own values where it set them, else its nearest ancestor's, else
 * the defaults from the settings. A LEADER sets them for a unit of their subtree, an ADMIN for any.
 */
@Service
@Transactional(readOnly = true)
public class ThresholdManagement {

	private final UnitThresholds thresholds;

	private final SignalSettings settings;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	ThresholdManagement(UnitThresholds thresholds, SignalSettings settings, UnitManagement units,
			ApplicationEventPublisher events) {
		this.thresholds = thresholds;
		this.settings = settings;
		this.units = units;
		this.events = events;
	}

	/** What applies at a unit path: the nearest override first, value by value, then the defaults. */
	Thresholds at(String path) {
		return resolve(thresholds.findAll(), path);
	}

	/** The same, reading the overrides once: for a sweep that asks about many units. */
	Function<String, Thresholds> resolver() {
		List<UnitThreshold> rows = thresholds.findAll();
		return path -> resolve(rows, path);
	}

	private Thresholds resolve(List<UnitThreshold> rows, String path) {
		Thresholds effective = new Thresholds(null, null, null, null, null, null, null, null, null);
		List<UnitThreshold> applying = rows.stream()
			.filter(row -> path != null && path.startsWith(row.scopePath()))
			.sorted(Comparator.comparingInt((UnitThreshold row) -> row.scopePath().length()).reversed())
			.toList();
		for (UnitThreshold row : applying) {
			effective = effective.over(row.values());
		}
		return effective.over(settings.defaults());
	}

	/** The values a threshold takes anywhere: the defaults' and every unit's own, for choosing candidates. */
	IntStream everywhere(Function<Thresholds, Integer> value) {
		return Stream.concat(Stream.of(settings.defaults()),
				thresholds.findAll().stream().map(UnitThreshold::values))
			.map(value)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue);
	}

	/** The thresholds in force at a unit the reader may see, and what the unit itself set (nulls inherit). */
	public UnitThresholdsView of(String unitCode) {
		UnitView unit = unit(unitCode);
		Thresholds own = thresholds.findByUnitCode(unit.code()).map(UnitThreshold::values).orElse(null);
		return new UnitThresholdsView(unit.code(), at(unit.path()), own, settings.defaults());
	}

	@Transactional
	public UnitThresholdsView set(String unitCode, Thresholds values) {
		if (!Actors.hasAnyRole("ADMIN", "LEADER")) {
			throw new AccessDeniedException("Only a leader or an administrator sets the thresholds of signals");
		}
		if (values == null) {
			throw new InvalidField("thresholds", "are required");
		}
		UnitView unit = unit(unitCode);
		UnitThreshold row = thresholds.findByUnitCode(unit.code())
			.orElseGet(() -> new UnitThreshold(unit.code(), unit.path()));
		Thresholds before = row.values();
		row.set(values, Actors.username());
		thresholds.save(row);
		events.publishEvent(AuditedChange.of("THRESHOLDS", "signals", unit.code(), "thresholds of signals set",
				before, row.values()));
		return of(unit.code());
	}

	private UnitView unit(String unitCode) {
		String code = Texts.blankToNull(unitCode);
		if (code == null) {
			code = Jurisdiction.homeUnitCode();
		}
		if (code == null) {
			throw new InvalidField("unit", "is required: the code of a unit");
		}
		String wanted = code;
		return units.find(wanted).orElseThrow(() -> new InvalidField("unit", "'" + wanted + "' is not a unit in your "
				+ "jurisdiction"));
	}
}
