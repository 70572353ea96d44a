package org.probity.steering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SteeringTargets extends Repository<SteeringTarget, Long> {

	Optional<SteeringTarget> findById(Long id);

	SteeringTarget save(SteeringTarget target);

	boolean existsByUnitCodeAndYearAndMeasureAndTitle(String unitCode, int year, String measure, String title);

	@Query("select t from SteeringTarget t where t.scopePath like :path escape '!' and t.year = :year "
			+ "order by t.scopePath, t.title, t.id")
	List<SteeringTarget> inSubtree(String path, int year);

	@Query("select t from SteeringTarget t where t.scopePath like :path escape '!' "
			+ "order by t.year desc, t.scopePath, t.title, t.id")
	List<SteeringTarget> inSubtree(String path);
}
