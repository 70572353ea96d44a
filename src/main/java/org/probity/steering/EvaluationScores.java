package org.probity.steering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EvaluationScores extends Repository<EvaluationScore, Long> {

	EvaluationScore save(EvaluationScore score);

	Optional<EvaluationScore> findByCriterionIdAndUnitCodeAndYear(Long criterionId, String unitCode, int year);

	@Query("select max(s.year) from EvaluationScore s where s.setId = :setId")
	Optional<Integer> latestYear(Long setId);

	@Query("select s from EvaluationScore s where s.setId = :setId and s.year = :year "
			+ "and s.scopePath like :path escape '!'")
	List<EvaluationScore> inSubtree(Long setId, int year, String path);
}
