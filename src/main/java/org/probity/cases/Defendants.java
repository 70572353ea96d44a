package org.probity.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Defendants across cases, for the list behind the report's figure; scoped through their case's path. */
interface Defendants extends Repository<Defendant, Long>, JpaSpecificationExecutor<Defendant> {

	/** A person's places in the dock, in cases the reader may see (the case carries the jurisdiction). */
	@Query("select d from Defendant d join fetch d.corruptionCase c where d.personCode = :personCode "
			+ "and c.scopePath like :scope escape '!' order by c.detectedOn desc, d.id")
	List<Defendant> findAsDefendant(String personCode, String scope);
}
