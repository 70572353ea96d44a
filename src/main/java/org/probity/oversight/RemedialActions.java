package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Remedial actions the current reader may see: every query passes through the jurisdiction filter. */
interface RemedialActions extends Repository<RemedialAction, Long> {

	Optional<RemedialAction> findById(long id);

	RemedialAction save(RemedialAction action);

	@Query("select r from RemedialAction r where r.activity.id = :activityId order by r.dueOn, r.id")
	List<RemedialAction> findByActivity(long activityId);

	/** Open actions of the bodies in a subtree, those due before {@code dueBefore} only, earliest deadline first. */
	@Query(value = "select r from RemedialAction r join fetch r.activity where r.scopePath like :pattern escape '!' "
			+ "and r.status = org.probity.oversight.RemedialStatus.OPEN and r.dueOn < :dueBefore",
			countQuery = "select count(r) from RemedialAction r where r.scopePath like :pattern escape '!' "
					+ "and r.status = org.probity.oversight.RemedialStatus.OPEN and r.dueOn < :dueBefore")
	Page<RemedialAction> findOpen(String pattern, LocalDate dueBefore, Pageable page);
}
