package org.probity.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicate persons (same name folded without diacritics, same birth date) and their merge: posts move to
 * the person kept, other modules re-point their references ({@link PersonsMerged}), an audit entry records it.
 */
@Service
@Transactional
public class PersonMerging {

	private final People people;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonMerging(People people, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DuplicateGroup> duplicates() {
		Map<String, List<Person>> groups = new LinkedHashMap<>();
		for (Person person : people.findProbableDuplicates()) {
			groups.computeIfAbsent(person.nameFolded() + "|" + person.birthDate(), key -> new ArrayList<>()).add(person);
		}
		return groups.values().stream().filter(group -> group.size() > 1)
			.map(group -> new DuplicateGroup(group.getFirst().nameFolded(), group.getFirst().birthDate(),
					group.stream().map(Person::view).toList()))
			.toList();
	}

	public PersonView merge(PersonMerge merge) {
		if (merge == null || merge.keep() == null || merge.keep().isBlank()) {
			throw new InvalidField("keep", "is required");
		}
		if (merge.merge() == null || merge.merge().isBlank()) {
			throw new InvalidField("merge", "is required");
		}
		Person kept = people.findByCode(merge.keep()).orElseThrow(() -> new InvalidField("keep", "is not a known person"));
		Person merged = people.findByCode(merge.merge())
			.orElseThrow(() -> new InvalidField("merge", "is not a known person"));
		if (kept.code().equals(merged.code())) {
			throw new InvalidField("merge", "a person cannot be merged into itself");
		}
		if (!kept.nameFolded().equals(merged.nameFolded()) || !Objects.equals(kept.birthDate(), merged.birthDate())) {
			throw InvalidField.conflict("merge", "is not a probable duplicate: the name or the birth date differs");
		}
		PersonView gone = merged.view();
		jdbc.update("update positions set person_id = ? where person_id = ?", kept.id(), merged.id());
		jdbc.update("insert into person_merges (kept_code, merged_code, merged_name, merged_birth, merged_unit, "
				+ "merged_by, merged_at) values (?, ?, ?, ?, ?, ?, ?)", kept.code(), gone.code(), gone.fullName(),
				gone.birthDate() == null ? null : java.sql.Date.valueOf(gone.birthDate()), gone.unitCode(),
				Actors.username(), Timestamp.from(Instant.now(clock)));
		people.delete(merged);
		events.publishEvent(new PersonsMerged(kept.code(), gone.code()));
		events.publishEvent(AuditedChange.of("MERGE", "person", kept.code(), "merged " + gone.code() + " ("
				+ gone.unitCode() + ")", gone, kept.view()));
		return kept.view();
	}
}
