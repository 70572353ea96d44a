package org.probity.integrity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The watchers' own note of each petition (who it is about, where, on what topic), so counts for signals are
 * indexed look-ups here instead of scans of the petitions module.
 */
@Component
class PetitionMarks {

	record Mark(long petitionId, String reference, String kind, String channel, LocalDate receivedOn) {
	}

	private final JdbcTemplate jdbc;

	PetitionMarks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void note(long id, String reference, String kind, String channel, LocalDate receivedOn, String subjectKey,
			String subjectName, String unitCode) {
		if (jdbc.update("update integrity_petition_marks set reference = ?, kind = ?, channel = ?, received_on = ?, "
				+ "subject_key = ?, subject_name = ?, unit_code = ? where petition_id = ?", reference, kind, channel,
				Date.valueOf(receivedOn), subjectKey, subjectName, unitCode, id) == 0) {
			jdbc.update("insert into integrity_petition_marks (petition_id, reference, kind, channel, received_on, "
					+ "subject_key, subject_name, unit_code) values (?, ?, ?, ?, ?, ?, ?, ?)", id, reference, kind,
					channel, Date.valueOf(receivedOn), subjectKey, subjectName, unitCode);
		}
	}

	/** Returns the commune the petition was noted under, or null when it was never noted. */
	String topic(long id, String topic) {
		jdbc.update("update integrity_petition_marks set topic = ? where petition_id = ?", topic, id);
		List<String> units = jdbc.queryForList("select unit_code from integrity_petition_marks where petition_id = ?",
				String.class, id);
		return units.isEmpty() ? null : units.getFirst();
	}

	/** Denunciations about one person (folded name at a unit) received within the window, both ends included. */
	List<Mark> denunciations(String subjectKey, String unitCode, LocalDate from, LocalDate to) {
		return jdbc.query("select petition_id, reference, kind, channel, received_on from integrity_petition_marks "
				+ "where subject_key = ? and unit_code = ? and kind = 'DENUNCIATION' and received_on between ? and ? "
				+ "order by received_on, petition_id", (rs, n) -> mark(rs), subjectKey, unitCode, Date.valueOf(from),
				Date.valueOf(to));
	}

	/** Petitions on a topic in a commune received within the window, both ends included. */
	List<Mark> onTopic(String unitCode, String topic, LocalDate from, LocalDate to) {
		return jdbc.query("select petition_id, reference, kind, channel, received_on from integrity_petition_marks "
				+ "where unit_code = ? and topic = ? and received_on between ? and ? order by received_on, petition_id",
				(rs, n) -> mark(rs), unitCode, topic, Date.valueOf(from), Date.valueOf(to));
	}

	long countOnTopic(String unitCode, String topic, LocalDate from, LocalDate to) {
		return jdbc.queryForObject("select count(*) from integrity_petition_marks where unit_code = ? and topic = ? "
				+ "and received_on between ? and ?", Long.class, unitCode, topic, Date.valueOf(from), Date.valueOf(to));
	}

	private static Mark mark(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Mark(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate());
	}
}
