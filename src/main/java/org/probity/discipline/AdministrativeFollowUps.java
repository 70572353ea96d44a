package org.probity.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Administrative follow-ups the current reader may see: every query passes through the jurisdiction filter. */
interface AdministrativeFollowUps extends Repository<AdministrativeDiscipline, Long> {

	Optional<AdministrativeDiscipline> findById(long id);

	AdministrativeDiscipline save(AdministrativeDiscipline followUp);

	@Query("select a from AdministrativeDiscipline a where a.decision.id = :decisionId order by a.dueOn, a.id")
	List<AdministrativeDiscipline> findByDecision(long decisionId);

	/** Pending follow-ups on members in a subtree, those due before {@code dueBefore} only. */
	@Query(value = "select a from AdministrativeDiscipline a join fetch a.decision where a.scopePath like :pattern "
			+ "escape '!' and a.status = org.probity.discipline.AdministrativeStatus.PENDING and a.dueOn < :dueBefore",
			countQuery = "select count(a) from AdministrativeDiscipline a where a.scopePath like :pattern escape '!' "
					+ "and a.status = org.probity.discipline.AdministrativeStatus.PENDING and a.dueOn < :dueBefore")
	Page<AdministrativeDiscipline> findPending(String pattern, LocalDate dueBefore, Pageable page);
}
