package org.probity.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Decisions the current reader may see: every query passes through the jurisdiction filter. */
interface Decisions extends Repository<Decision, Long>, JpaSpecificationExecutor<Decision> {

	Optional<Decision> findByRef(String ref);

	Decision save(Decision decision);

	@Query("select d.targetKind, d.form, count(d) from Decision d where d.scopePath like :path escape '!' "
			+ "and d.decidedOn between :from and :to group by d.targetKind, d.form")
	List<Object[]> countByTargetKindAndForm(String path, LocalDate from, LocalDate to);

	/** Every decision on one target the reader may see, newest first. */
	List<Decision> findByTargetKindAndTargetCodeOrderByDecidedOnDescRefDesc(TargetKind targetKind, String targetCode);
}
