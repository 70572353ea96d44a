package org.probity.steering;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unit evaluations: criteria sets (shared by every jurisdiction), the points units earn on them each year, and
 * rankings within a subtree with the class each total reaches.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

	private final CriteriaSets sets;

	private final EvaluationScores scores;

	private final CriteriaSetCheck check;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	EvaluationManagement(CriteriaSets sets, EvaluationScores scores, CriteriaSetCheck check, UnitManagement units,
			ApplicationEventPublisher events) {
		this.sets = sets;
		this.scores = scores;
		this.check = check;
		this.units = units;
		this.events = events;
	}

	public List<CriteriaSetView> sets() {
		return sets.findAllByOrderByName().stream().map(CriteriaSet::view).toList();
	}

	public CriteriaSetView set(long id) {
		return require(id).view();
	}

	@Transactional
	public CriteriaSetView define(NewCriteriaSet definition) {
		SteeringRules.requireWriter();
		CriteriaSet saved = sets.save(check.build(definition));
		sets.flush();
		events.publishEvent(AuditedChange.of("DEFINE", "steering-criteria-set", String.valueOf(saved.id()),
				saved.view().name(), null, saved.view()));
		return saved.view();
	}

	/**
	 * Records (or corrects) a unit's points for a year, each within the criterion's maximum; answers the ranking
	 * among the unit's siblings (its parent's subtree) when the reader sees the parent.
	 */
	@Transactional
	public List<RankedUnit> score(UnitScores given) {
		SteeringRules.requireWriter();
		CriteriaSet set = require(SteeringRules.required("setId", given.setId()));
		String unitCode = SteeringRules.text("unitCode", given.unitCode(), 64);
		UnitView unit = units.find(unitCode)
			.orElseThrow(() -> new InvalidField("unitCode", "'" + unitCode + "' is not a unit in your jurisdiction"));
		int year = SteeringRules.year("year", given.year());
		List<UnitScores.Score> points = given.scores() == null ? List.of() : given.scores();
		if (points.isEmpty()) {
			throw new InvalidField("scores", "is required");
		}
		for (int i = 0; i < points.size(); i++) {
			UnitScores.Score score = points.get(i);
			EvaluationCriterion criterion = check.criterion(set, score, "scores[" + i + "]");
			EvaluationScore row = scores.findByCriterionIdAndUnitCodeAndYear(criterion.id(), unit.code(), year)
				.orElseGet(() -> new EvaluationScore(set.id(), criterion.id(), unit.code(), unit.path(), year));
			row.points(score.points());
			scores.save(row);
		}
		events.publishEvent(AuditedChange.of("SCORE", "steering-evaluation", unit.code() + "/" + year,
				"set " + set.id() + ": " + points.size() + " criteria", null, given));
		boolean parentVisible = unit.parentCode() != null && units.find(unit.parentCode()).isPresent();
		return ranking(set.id(), parentVisible ? unit.parentCode() : unit.code(), year);
	}

	/** The last year the reader's units were scored in on the set, if any. */
	public Optional<Integer> latestYear(long setId) {
		return scores.latestYear(require(setId).id());
	}

	/** The units scored in the year within the unit's subtree (the reader's jurisdiction without one), ranked. */
	public List<RankedUnit> ranking(long setId, String unitCode, int year) {
		CriteriaSet set = require(setId);
		String path = unitCode == null ? Jurisdiction.scopePath() : units.pathOf(unitCode);
		Map<Long, EvaluationCriterion> criteria = new HashMap<>();
		Map<String, BigDecimal> totals = new HashMap<>();
		for (EvaluationScore score : scores.inSubtree(set.id(), year, Jurisdiction.subtreePattern(path))) {
			EvaluationCriterion criterion = criteria.computeIfAbsent(score.criterionId(),
					id -> set.criterion(id).orElseThrow());
			totals.merge(score.unitCode(), criterion.weighted(score.points()), BigDecimal::add);
		}
		Map<String, UnitView> named = units.findAll(totals.keySet());
		return Rankings.rank(totals, code -> named.containsKey(code) ? named.get(code).name() : code, set::classify);
	}

	private CriteriaSet require(long id) {
		return sets.findById(id).orElseThrow(() -> new UnknownSteeringRecord("criteria set", id));
	}
}
