package org.probity.steering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Tasks the current reader may see. A figure and its drill-down list share one condition; "overdue as of" a day
 * means not cancelled, with a deadline before that day, and not done by it.
 */
interface SteeringTasks extends Repository<SteeringTask, Long>, JpaSpecificationExecutor<SteeringTask> {

	String DONE = "t.scopePath like :path escape '!' and t.status = org.probity.steering.TaskStatus.DONE "
			+ "and t.doneOn between :from and :to";

	String OVERDUE = "t.scopePath like :path escape '!' and t.assignedOn between :from and :to "
			+ "and t.status <> org.probity.steering.TaskStatus.CANCELLED and t.deadline < :asOf "
			+ "and (t.doneOn is null or t.doneOn > :asOf)";

	Optional<SteeringTask> findById(Long id);

	SteeringTask save(SteeringTask task);

	List<SteeringTask> findByCommitteeIdAndStatusInOrderByDeadlineAscIdAsc(Long committeeId,
			Collection<TaskStatus> statuses);

	List<SteeringTask> findByGroupIdOrderByDeadlineAscIdAsc(Long groupId);

	@Query("select t.groupId, t.status, count(t) from SteeringTask t where t.groupId in :groupIds "
			+ "group by t.groupId, t.status")
	List<Object[]> countByGroupAndStatus(Collection<Long> groupIds);

	@Query("select count(t) from SteeringTask t where " + DONE)
	long countDone(String path, LocalDate from, LocalDate to);

	@Query("select t from SteeringTask t where " + DONE + " order by t.doneOn desc, t.id desc")
	List<SteeringTask> done(String path, LocalDate from, LocalDate to);

	@Query("select count(t) from SteeringTask t where " + OVERDUE)
	long countOverdue(String path, LocalDate from, LocalDate to, LocalDate asOf);

	@Query("select t from SteeringTask t where " + OVERDUE + " order by t.deadline, t.id")
	List<SteeringTask> overdue(String path, LocalDate from, LocalDate to, LocalDate asOf);
}
