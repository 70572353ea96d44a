package org.probity.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Meetings the current reader may see; figures and their drill-down lists share one condition. */
interface Meetings extends Repository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

	String HELD = "m.scopePath like :path escape '!' and m.heldOn between :from and :to";

	Optional<Meeting> findById(Long id);

	Meeting save(Meeting meeting);

	void flush();

	List<Meeting> findByCommitteeIdOrderByHeldOnDescIdDesc(Long committeeId);

	@Query("select m from SteeringMeeting m join m.conclusions c where c.id = :conclusionId")
	Optional<Meeting> findByConclusion(Long conclusionId);

	@Query("select m.kind, count(m) from SteeringMeeting m where " + HELD + " group by m.kind")
	List<Object[]> countHeldByKind(String path, LocalDate from, LocalDate to);

	@Query("select count(m) from SteeringMeeting m where " + HELD)
	long countHeld(String path, LocalDate from, LocalDate to);

	@Query("select m from SteeringMeeting m where " + HELD + " order by m.heldOn desc, m.id desc")
	List<Meeting> held(String path, LocalDate from, LocalDate to);
}
