package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Programmes the current reader may see: every query passes through the jurisdiction filter. */
interface InspectionProgrammes extends Repository<InspectionProgramme, Long> {

	Optional<InspectionProgramme> findByRef(String ref);

	InspectionProgramme save(InspectionProgramme programme);

	/** Writes pending changes, so that the progress queries (plain SQL) see new and linked items. */
	void flush();

	@Query("select p from InspectionProgramme p where p.scopePath like :pattern escape '!'")
	Page<InspectionProgramme> findInSubtree(String pattern, Pageable page);

	@Query("select p from InspectionProgramme p where p.scopePath like :pattern escape '!' and p.startsOn <= :to "
			+ "and p.endsOn >= :from order by p.startsOn desc, p.ref")
	List<InspectionProgramme> overlapping(String pattern, LocalDate from, LocalDate to);
}
