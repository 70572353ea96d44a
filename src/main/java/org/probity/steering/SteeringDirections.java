package org.probity.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Directions the current reader may see. A figure and its drill-down list share one condition; "overdue as of" a
 * day means due before it and not done by it.
 */
interface SteeringDirections extends Repository<SteeringDirection, Long>, JpaSpecificationExecutor<SteeringDirection> {

	String ISSUED = "d.scopePath like :path escape '!' and d.issuedOn between :from and :to";

	String OVERDUE = ISSUED + " and d.dueOn < :asOf and (d.doneOn is null or d.doneOn > :asOf)";

	Optional<SteeringDirection> findById(Long id);

	SteeringDirection save(SteeringDirection direction);

	List<SteeringDirection> findByCommitteeIdAndStatusOrderByDueOnAscIdAsc(Long committeeId, DirectionStatus status);

	List<SteeringDirection> findByCaseRefOrderByIssuedOnDescIdDesc(String caseRef);

	@Query("select count(d) from SteeringDirection d where " + ISSUED)
	long countIssued(String path, LocalDate from, LocalDate to);

	@Query("select d from SteeringDirection d where " + ISSUED + " order by d.issuedOn desc, d.id desc")
	List<SteeringDirection> issued(String path, LocalDate from, LocalDate to);

	@Query("select count(d) from SteeringDirection d where " + OVERDUE)
	long countOverdue(String path, LocalDate from, LocalDate to, LocalDate asOf);

	@Query("select d from SteeringDirection d where " + OVERDUE + " order by d.dueOn, d.id")
	List<SteeringDirection> overdue(String path, LocalDate from, LocalDate to, LocalDate asOf);
}
