package org.probity.petitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.probity.petitions.repeats.Matter;
import org.probity.petitions.repeats.RepeatDetector;
import org.probity.petitions.repeats.Verdict;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds earlier petitions about the same matter: candidates share a match key (the official's folded name, a plot,
 * a sum, a band of the text's signature) and lie within the reader's jurisdiction; the detector then judges each.
 */
@Component
class RepeatIndex {

	static final int CANDIDATES = 40;

	/** Below this a candidate is noise to the officer: typically the same template about someone else. */
	static final double SHOWN_FROM = 0.45;

	static final int SHOWN = 10;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final RepeatDetector detector = new RepeatDetector();

	private final ParsedMatters parsed = new ParsedMatters();

	RepeatIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	record Found(long id, String reference, Long matterId, Verdict verdict) {
	}

	/** Earlier petitions like this one, most alike first; {@code exclude} is the petition itself, if saved. */
	List<Found> similar(Matter matter, Long exclude) {
		List<String> keys = List.copyOf(matter.candidateKeys());
		if (keys.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> rows = named.queryForList("""
				select p.id, p.reference, p.matter_id, p.subject_name, p.content, k.shared
				from (select petition_id, count(*) as shared from petition_keys where match_key in (:keys)
					group by petition_id) k
				join petitions p on p.id = k.petition_id
				where p.scope_path like :scope escape '!' and p.id <> :exclude
				order by k.shared desc, p.id
				limit :limit""", Map.of("keys", keys, "scope", Jurisdiction.likePattern(), "exclude",
				exclude == null ? -1L : exclude, "limit", CANDIDATES));
		List<Found> found = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Matter earlier = parsed.of(((Number) row.get("id")).longValue(), (String) row.get("subject_name"),
					(String) row.get("content"));
			Verdict verdict = detector.judge(earlier, matter);
			if (verdict.repeat() || verdict.score() >= SHOWN_FROM) {
				Number matterId = (Number) row.get("matter_id");
				found.add(new Found(((Number) row.get("id")).longValue(), (String) row.get("reference"),
						matterId == null ? null : matterId.longValue(), verdict));
			}
		}
		found.sort(Comparator.comparingDouble((Found f) -> f.verdict().score()).reversed());
		return found.size() <= SHOWN ? found : List.copyOf(found.subList(0, SHOWN));
	}

	/** Stores the matter's keys; the matter stays parsed for the checks of the petitions that follow. */
	void index(long petitionId, NewPetition intake, Matter matter) {
		// as the petition stores them: a blank subject as none, the content stripped
		parsed.remember(petitionId, Texts.blankToNull(intake.subjectName()), intake.content().strip(), matter);
		jdbc.batchUpdate("insert into petition_keys (petition_id, match_key) values (?, ?)",
				matter.candidateKeys().stream().distinct().map(key -> new Object[] { petitionId, Texts.clip(key, 120) }).toList());
	}

	/** Petitions carrying one match key, such as an official's folded name, within the reader's jurisdiction. */
	List<Long> withSubjectKey(String key) {
		return jdbc.queryForList("select k.petition_id from petition_keys k join petitions p on p.id = k.petition_id "
				+ "where k.match_key = ? and p.scope_path like ? escape '!'", Long.class, Texts.clip(key, 120),
				Jurisdiction.likePattern());
	}
}
