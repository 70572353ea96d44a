package org.probity.units;

import java.util.List;

import org.springframework.data.repository.Repository;

interface UnitSuccessions extends Repository<UnitSuccession, Long> {

	List<UnitSuccession> findBySuccessorCode(String code);

	List<UnitSuccession> findByPredecessorCode(String code);

	boolean existsByPredecessorCodeAndSuccessorCode(String predecessor, String successor);

	UnitSuccession save(UnitSuccession succession);
}
