package org.probity.cases;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Cases the current reader may see: every query passes through the jurisdiction filter. */
interface Cases extends Repository<CorruptionCase, Long>, JpaSpecificationExecutor<CorruptionCase> {

	Optional<CorruptionCase> findById(long id);

	Optional<CorruptionCase> findByReference(String reference);

	CorruptionCase save(CorruptionCase corruptionCase);

	/** Writes pending changes so new lines have their ids before they are shown. */
	void flush();
}
