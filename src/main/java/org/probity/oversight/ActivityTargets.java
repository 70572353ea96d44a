package org.probity.oversight;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Targets of activities, read only to count them as the report does. */
interface ActivityTargets extends Repository<Target, Long>, JpaSpecificationExecutor<Target> {
}
