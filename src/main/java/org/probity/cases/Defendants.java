package org.probity.cases;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Defendants across cases, for the list behind the report's figure; scoped through their case's path. */
interface Defendants extends Repository<Defendant, Long>, JpaSpecificationExecutor<Defendant> {
}
