package org.probity.steering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CriteriaSets extends Repository<CriteriaSet, Long> {

	Optional<CriteriaSet> findById(Long id);

	CriteriaSet save(CriteriaSet set);

	void flush();

	boolean existsByName(String name);

	List<CriteriaSet> findAllByOrderByName();
}
