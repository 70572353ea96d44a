package org.probity.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Activities the current reader may see: every query passes through the jurisdiction filter. */
interface Activities extends Repository<Activity, Long>, JpaSpecificationExecutor<Activity> {

	Optional<Activity> findByRef(String ref);

	boolean existsByRef(String ref);

	Activity save(Activity activity);

	/** Targets by conducting body and kind: one per activity and target, so a unit inspected twice counts twice. */
	@Query("select a.body, t.kind, count(t) from Target t join t.activity a where a.scopePath like :path escape '!' "
			+ "and a.startedOn between :from and :to group by a.body, t.kind")
	List<Object[]> countTargets(String path, LocalDate from, LocalDate to);

	/** Every activity that looked at one target, latest started first, within the reader's jurisdiction. */
	@Query("select t from Target t join fetch t.activity a where t.kind = :kind and t.code = :code "
			+ "and a.scopePath like :scope escape '!' order by a.startedOn desc, a.ref")
	List<Target> findOnTarget(TargetKind kind, String code, String scope);
}
