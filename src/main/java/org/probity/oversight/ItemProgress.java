package org.probity.oversight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds, for planned items, the activity that fulfils each: the one linked by ref, or else one the programme's
 * body conducted of the same type on the same target within the programme's period. Two indexed queries for any
 * number of items; a concluded activity beats one still open, an earlier one a later one.
 */
@Component
class ItemProgress {

	/** An activity found for an item. */
	record Found(String ref, LocalDate startedOn, LocalDate concludedOn) {

		boolean betterThan(Found other) {
			if ((concludedOn != null) != (other.concludedOn != null)) {
				return concludedOn != null;
			}
			return concludedOn != null ? concludedOn.isBefore(other.concludedOn) : startedOn.isBefore(other.startedOn);
		}
	}

	private static final String MATCHED = """
			select i.id, a.ref, a.started_on, a.concluded_on from oversight_planned_items i
			join oversight_programmes p on p.id = i.programme_id
			join oversight_targets t on t.target_kind = i.target_kind and t.target_code = i.target_code
			join oversight_activities a on a.id = t.activity_id
			where %s and i.activity_ref is null and a.conducted_by = p.unit_code and a.body = p.body
			and a.activity_type = i.activity_type and a.started_on between p.starts_on and p.ends_on
			union all
			select i.id, a.ref, a.started_on, a.concluded_on from oversight_planned_items i
			join oversight_programmes p on p.id = i.programme_id
			join oversight_activities a on a.ref = i.activity_ref
			where %s""";

	/** A planned item of a subtree's programmes, as the progress per body counts it. */
	record Counted(String unitCode, Body body, PlanProgress progress) {
	}

	private final NamedParameterJdbcTemplate named;

	ItemProgress(JdbcTemplate jdbc) {
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Items of the given programmes, by item id. */
	Map<Long, Found> ofProgrammes(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Map.of();
		}
		return found("p.id in (:ids)", Map.of("ids", programmeIds));
	}

	/** Items of every programme whose body's path matches both patterns (a subtree, and the reader's scope). */
	Map<Long, Found> ofSubtree(String subtree, String scope) {
		return found("p.scope_path like :subtree escape '!' and p.scope_path like :scope escape '!'",
				Map.of("subtree", subtree, "scope", scope));
	}

	/** Every item of the subtree's programmes, counted alone: planned 1, and started, concluded, overdue 0 or 1. */
	List<Counted> countSubtree(String subtree, String scope, LocalDate today) {
		Map<Long, Found> found = ofSubtree(subtree, scope);
		return named.query("""
				select i.id, p.unit_code, p.body, i.due_by from oversight_planned_items i
				join oversight_programmes p on p.id = i.programme_id
				where p.scope_path like :subtree escape '!' and p.scope_path like :scope escape '!'""",
				Map.of("subtree", subtree, "scope", scope), (rs, n) -> {
					Found item = found.get(rs.getLong(1));
					boolean concluded = item != null && item.concludedOn() != null;
					boolean overdue = !concluded && rs.getDate(4).toLocalDate().isBefore(today);
					return new Counted(rs.getString(2), Body.valueOf(rs.getString(3)),
							new PlanProgress(1, item == null ? 0 : 1, concluded ? 1 : 0, overdue ? 1 : 0));
				});
	}

	private Map<Long, Found> found(String where, Map<String, ?> params) {
		Map<Long, Found> best = new HashMap<>();
		named.query(MATCHED.formatted(where, where), params, rs -> {
			Date concluded = rs.getDate(4);
			Found found = new Found(rs.getString(2), rs.getDate(3).toLocalDate(),
					concluded == null ? null : concluded.toLocalDate());
			best.merge(rs.getLong(1), found, (a, b) -> b.betterThan(a) ? b : a);
		});
		return best;
	}
}
