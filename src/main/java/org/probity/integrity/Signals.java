package org.probity.integrity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Signals the current reader may see: every query passes through the jurisdiction filter. */
interface Signals extends Repository<Signal, Long>, JpaSpecificationExecutor<Signal> {

	Optional<Signal> findById(long id);

	Optional<Signal> findByKindAndSubjectKey(SignalKind kind, String subjectKey);

	Signal save(Signal signal);
}
