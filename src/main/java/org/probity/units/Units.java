package org.probity.units;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Units the current reader may see: every query here passes through the jurisdiction filter. */
interface Units extends Repository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByCodeIn(Collection<String> codes);

	List<Unit> findByParentCodeOrderByName(String parentCode);

	List<Unit> findByParentCodeIsNullOrderByName();

	List<Unit> findByPathOrderByName(String path);

	@Query("select u from Unit u where u.nameFolded like :text escape '!' or lower(u.code) like :text escape '!' order by u.depth, u.name")
	List<Unit> search(String text, Pageable page);

	@Query("select u from Unit u where u.path like :pattern escape '!' order by u.path")
	List<Unit> findSubtree(String pattern);

	long count();

	Unit save(Unit unit);

	void flush();
}
