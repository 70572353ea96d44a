package org.probity.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Cases the current reader may see: every query passes through the jurisdiction filter. */
interface Cases extends Repository<CorruptionCase, Long>, JpaSpecificationExecutor<CorruptionCase> {

	Optional<CorruptionCase> findById(long id);

	Optional<CorruptionCase> findByReference(String reference);

	/** Cases that entered each stage in the window, each case once per stage: {@link CaseQuery#reachedIn} grouped. */
	@Query("select s.stage, count(distinct c.id) from CorruptionCase c join c.stages s where c.scopePath like :path "
			+ "escape '!' and c.scopePath like :scope escape '!' and s.enteredOn between :from and :to group by s.stage")
	List<Object[]> countReachedByStage(String path, String scope, LocalDate from, LocalDate to);

	CorruptionCase save(CorruptionCase corruptionCase);

	/** Writes pending changes so new lines have their ids before they are shown. */
	void flush();
}
