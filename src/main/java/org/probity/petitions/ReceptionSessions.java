package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReceptionSessions extends Repository<ReceptionSession, Long> {

	ReceptionSession save(ReceptionSession session);

	@Query("select r from ReceptionSession r where r.scopePath like :path escape '!' and r.heldOn between :from and :to "
			+ "and (r.dialogue = true or :dialogueOnly = false) order by r.heldOn desc, r.id desc")
	Page<ReceptionSession> within(String path, LocalDate from, LocalDate to, boolean dialogueOnly, Pageable page);

	@Query("select count(r), coalesce(sum(r.citizens), 0) from ReceptionSession r where r.scopePath like :path escape '!' "
			+ "and r.heldOn between :from and :to and (r.dialogue = true or :dialogueOnly = false)")
	List<Object[]> count(String path, LocalDate from, LocalDate to, boolean dialogueOnly);

	@Query("select count(r), sum(case when r.dialogue = true then 1 else 0 end), coalesce(sum(r.citizens), 0) "
			+ "from ReceptionSession r where r.scopePath like :path escape '!' and r.heldOn between :from and :to")
	List<Object[]> totals(String path, LocalDate from, LocalDate to);
}
