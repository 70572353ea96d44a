package org.probity.integrity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Few rows (one per unit that overrides): read whole and matched by path in memory. */
interface UnitThresholds extends Repository<UnitThreshold, Long> {

	List<UnitThreshold> findAll();

	Optional<UnitThreshold> findByUnitCode(String unitCode);

	UnitThreshold save(UnitThreshold threshold);
}
