package org.probity.steering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkProgrammes extends Repository<WorkProgramme, Long> {

	Optional<WorkProgramme> findById(Long id);

	WorkProgramme save(WorkProgramme programme);

	void flush();

	boolean existsByCommitteeIdAndYear(Long committeeId, int year);

	List<WorkProgramme> findByCommitteeIdOrderByYearDesc(Long committeeId);

	@Query("select p from WorkProgramme p join p.groups g where g.id = :groupId")
	Optional<WorkProgramme> findByGroup(Long groupId);
}
