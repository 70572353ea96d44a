package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reception register: sessions and dialogues with citizens, and the petitions registered at them. */
@Service
@Transactional
public class CitizenReception {

	private final ReceptionSessions sessions;

	private final Petitions petitions;

	private final UnitManagement units;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CitizenReception(ReceptionSessions sessions, Petitions petitions, UnitManagement units, JdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.petitions = petitions;
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
	}

	public ReceptionView record(NewReceptionSession session) {
		if (!Actors.hasAnyRole("RECEPTIONIST", "OFFICER", "LEADER", "ADMIN")) {
			throw new AccessDeniedException("Your role may not record reception sessions");
		}
		String code = session.unitCode() == null || session.unitCode().isBlank() ? Jurisdiction.homeUnitCode() : session.unitCode().strip();
		UnitView unit = code == null ? null : units.find(code).orElse(null);
		if (unit == null) {
			throw new InvalidField("unitCode", "is required and must be a unit in your jurisdiction");
		}
		List<Long> ids = session.petitionIds() == null ? List.of() : session.petitionIds().stream().distinct().toList();
		if (petitions.findByIdIn(ids).size() != ids.size()) {
			throw new InvalidField("petitionIds", "names a petition that is not in your jurisdiction");
		}
		ReceptionSession saved = sessions.save(new ReceptionSession(unit.code(), unit.path(), session, Actors.username()));
		jdbc.batchUpdate("insert into reception_petitions (session_id, petition_id) values (?, ?)",
				ids.stream().map(id -> new Object[] { saved.id(), id }).toList());
		events.publishEvent(AuditedChange.of("RECORD", "reception", String.valueOf(saved.id()),
				unit.code() + " " + session.heldOn() + ", " + session.citizens() + " citizens", null, saved.id()));
		return view(saved);
	}

	@Transactional(readOnly = true)
	public Page<ReceptionView> list(String unitCode, int page) {
		return list(new ReceptionQuery(unitCode, null, null, false), page);
	}

	/** Latest held first. */
	@Transactional(readOnly = true)
	public Page<ReceptionView> list(ReceptionQuery query, int page) {
		return sessions.within(subtree(query), from(query), to(query), query.dialogue(),
				PageRequest.of(Math.max(page, 0), 20)).map(this::view);
	}

	@Transactional(readOnly = true)
	public ReceptionQuery.Totals totals(ReceptionQuery query) {
		Object[] totals = sessions.count(subtree(query), from(query), to(query), query.dialogue()).get(0);
		return new ReceptionQuery.Totals(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
	}

	private String subtree(ReceptionQuery query) {
		String unit = query.unitCode();
		return Jurisdiction.subtreePattern(unit == null || unit.isBlank() ? Jurisdiction.scopePath() : units.pathOf(unit));
	}

	/** An open end of the window is the first or last day both databases store. */
	private static LocalDate from(ReceptionQuery query) {
		return query.from() == null ? LocalDate.of(1, 1, 1) : query.from();
	}

	private static LocalDate to(ReceptionQuery query) {
		return query.to() == null ? LocalDate.of(9999, 12, 31) : query.to();
	}

	private ReceptionView view(ReceptionSession session) {
		return session.view(jdbc.queryForList("select p.reference from reception_petitions r join petitions p "
				+ "on p.id = r.petition_id where r.session_id = ? order by p.reference", String.class, session.id()));
	}

}
