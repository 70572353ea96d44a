package org.probity.steering;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets of units within the reader's jurisdiction and their attainment. A target is either
 * {@value #MANUAL} (what was achieved is typed in) or counted by a {@link TargetMeasure} from the records; the
 * attainment is always computed, never typed.
 */
@Service
@Transactional(readOnly = true)
public class TargetManagement {

	public static final String MANUAL = "MANUAL";

	private final SteeringTargets targets;

	private final UnitManagement units;

	private final Map<String, TargetMeasure> measures = new TreeMap<>();

	private final ApplicationEventPublisher events;

	TargetManagement(SteeringTargets targets, UnitManagement units, List<TargetMeasure> measures,
			ApplicationEventPublisher events) {
		this.targets = targets;
		this.units = units;
		this.events = events;
		for (TargetMeasure measure : measures) {
			if (this.measures.put(measure.key(), measure) != null || MANUAL.equals(measure.key())) {
				throw new IllegalStateException("Two target measures are called " + measure.key());
			}
		}
	}

	/** {@value #MANUAL} and the key of every measure the modules provide. */
	public List<String> measures() {
		List<String> keys = new ArrayList<>(List.of(MANUAL));
		keys.addAll(measures.keySet());
		return keys;
	}

	public TargetView get(long id) {
		return view(require(id));
	}

	/** The targets of the unit's subtree (the reader's whole jurisdiction without a unit), for a year or all. */
	public List<TargetView> list(String unitCode, Integer year) {
		String path = unitCode == null ? Jurisdiction.scopePath() : units.pathOf(unitCode);
		String pattern = Jurisdiction.subtreePattern(path);
		return (year == null ? targets.inSubtree(pattern) : targets.inSubtree(pattern, year)).stream()
			.map(this::view)
			.toList();
	}

	@Transactional
	public TargetView set(NewTarget target) {
		SteeringRules.requireWriter();
		String unitCode = SteeringRules.text("unitCode", target.unitCode(), 64);
		UnitView unit = units.find(unitCode)
			.orElseThrow(() -> new InvalidField("unitCode", "'" + unitCode + "' is not a unit in your jurisdiction"));
		int year = SteeringRules.year("year", target.year());
		String measure = SteeringRules.text("measure", target.measure(), 40);
		if (!measures().contains(measure)) {
			throw new InvalidField("measure", "is not one of " + measures());
		}
		String title = SteeringRules.text("title", target.title(), 300);
		long planned = SteeringRules.required("planned", target.planned());
		if (planned <= 0) {
			throw new InvalidField("planned", "must be greater than zero");
		}
		if (target.achieved() != null && !MANUAL.equals(measure)) {
			throw new InvalidField("achieved", "is counted from the records for " + measure + "; leave it out");
		}
		if (targets.existsByUnitCodeAndYearAndMeasureAndTitle(unit.code(), year, measure, title)) {
			throw InvalidField.conflict("title", "the unit already has this target for " + year);
		}
		SteeringTarget saved = targets.save(new SteeringTarget(unit.code(), unit.path(), year, measure, title, planned,
				achieved(target.achieved())));
		TargetView view = view(saved);
		events.publishEvent(AuditedChange.of("SET", "steering-target", String.valueOf(saved.id()),
				measure + " " + planned + " for " + unit.code() + " in " + year, null, view));
		return view;
	}

	/** Types in what a manual target achieved so far. */
	@Transactional
	public TargetView recordAchieved(long id, Long achieved) {
		SteeringRules.requireWriter();
		SteeringTarget target = require(id);
		if (!target.manual()) {
			throw InvalidField.conflict("achieved", "is counted from the records for " + target.measure());
		}
		TargetView before = view(target);
		target.achieved(achieved(SteeringRules.required("achieved", achieved)));
		TargetView after = view(target);
		events.publishEvent(AuditedChange.of("ACHIEVED", "steering-target", String.valueOf(id),
				"achieved " + after.achieved() + " of " + after.planned(), before, after));
		return after;
	}

	private static Long achieved(Long achieved) {
		if (achieved != null && achieved < 0) {
			throw new InvalidField("achieved", "cannot be negative");
		}
		return achieved;
	}

	private TargetView view(SteeringTarget target) {
		if (target.manual()) {
			return target.view(0);
		}
		TargetMeasure measure = measures.get(target.measure());
		// A measure whose module is gone counts nothing rather than failing the page.
		long counted = measure == null ? 0
				: measure.count(target.unitCode(), target.scopePath(), Year.of(target.year()));
		return target.view(counted);
	}

	private SteeringTarget require(long id) {
		return targets.findById(id).orElseThrow(() -> new UnknownSteeringRecord("target", id));
	}
}
