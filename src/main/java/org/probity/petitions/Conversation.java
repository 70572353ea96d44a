package org.probity.petitions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Messages between the citizen (who holds the receipt code) and the handling unit. */
@Component
class Conversation {

	private final JdbcTemplate jdbc;

	Conversation(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void post(long petitionId, boolean fromCitizen, String author, String body) {
		jdbc.update("insert into petition_messages (petition_id, at, from_citizen, author, body) values (?, ?, ?, ?, ?)",
				petitionId, Timestamp.from(Instant.now()), fromCitizen, author, body);
	}

	/** The citizen sees handlers as "the handling unit", never by user name. */
	List<Message> of(long petitionId, boolean forCitizen) {
		return jdbc.query("select at, from_citizen, author, body from petition_messages where petition_id = ? order by at, id",
				(rs, n) -> new Message(rs.getTimestamp("at").toInstant(), rs.getBoolean("from_citizen"),
						forCitizen || rs.getBoolean("from_citizen") ? null : rs.getString("author"), rs.getString("body")),
				petitionId);
	}
}
