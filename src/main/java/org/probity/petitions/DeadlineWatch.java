package org.probity.petitions;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.probity.petitions.clock.DueStatus;
import org.probity.shared.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, on one node only, raises an alert for every open petition that is due soon or overdue. Alerts
 * carry the reference and the date, never a name, and are read by whoever's jurisdiction covers the petition.
 */
@Service
public class DeadlineWatch {

	private final JdbcTemplate jdbc;

	private final PetitionClock clock;

	private final PetitionSettings settings;

	DeadlineWatch(JdbcTemplate jdbc, PetitionClock clock, PetitionSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	public record Alert(long petitionId, String reference, DueStatus kind, LocalDate dueOn, LocalDate raisedOn,
			String assignedTo) {
	}

	@Scheduled(cron = "${probity.petitions.watch-cron}")
	@SchedulerLock(name = "petition-deadlines", lockAtMostFor = "PT30M")
	void morning() {
		raise(LocalDate.now());
	}

	/** Raises today's alerts; running it twice on one day adds nothing. Returns how many were raised. */
	@Transactional
	public int raise(LocalDate today) {
		List<Object[]> due = jdbc.query("select id, reference, due_on, scope_path, assigned_to from petitions "
				+ "where status in ('RECEIVED', 'CLASSIFIED', 'TRANSFERRED', 'ACCEPTED', 'VERIFYING') and due_on <= ?",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
						rs.getString(5) },
				Date.valueOf(today.plusDays(settings.dueSoonDays())));
		int raised = 0;
		for (Object[] row : due) {
			DueStatus status = clock.status((LocalDate) row[2], today);
			raised += jdbc.update("insert into petition_alerts (petition_id, reference, kind, due_on, raised_on, scope_path, "
					+ "assigned_to) select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from petition_alerts "
					+ "where petition_id = ? and kind = ? and raised_on = ?)", row[0], row[1], status.name(),
					Date.valueOf((LocalDate) row[2]), Date.valueOf(today), row[3], row[4], row[0], status.name(),
					Date.valueOf(today));
		}
		return raised;
	}

	/** The latest alerts within the reader's jurisdiction. */
	@Transactional(readOnly = true)
	public List<Alert> recent(int limit) {
		return jdbc.query("select petition_id, reference, kind, due_on, raised_on, assigned_to from petition_alerts "
				+ "where scope_path like ? escape '!' order by raised_on desc, due_on limit ?",
				(rs, n) -> new Alert(rs.getLong(1), rs.getString(2), DueStatus.valueOf(rs.getString(3)),
						rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6)),
				Jurisdiction.likePattern(), limit);
	}
}
