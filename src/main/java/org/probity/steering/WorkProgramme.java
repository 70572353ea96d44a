package org.probity.steering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/** A committee's programme for one year: groups of key tasks ("six groups of tasks"). */
@Entity
@Table(name = "steering_programmes")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class WorkProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	@Column(name = "programme_year")
	private int year;

	private String title;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<ProgrammeGroup> groups = new ArrayList<>();

	protected WorkProgramme() {
	}

	WorkProgramme(Committee committee, int year, String title, List<String> groupTitles) {
		this.committeeId = committee.id();
		this.year = year;
		this.title = title;
		this.scopePath = committee.scopePath();
		this.updatedAt = Instant.now();
		for (String group : groupTitles) {
			groups.add(new ProgrammeGroup(this, groups.size() + 1, group));
		}
	}

	long id() {
		return id;
	}

	long committeeId() {
		return committeeId;
	}

	Optional<ProgrammeGroup> group(long groupId) {
		return groups.stream().filter(group -> group.id() == groupId).findFirst();
	}

	List<Long> groupIds() {
		return groups.stream().map(ProgrammeGroup::id).toList();
	}

	/** With each group's counts of tasks by status. */
	ProgrammeView view(Map<Long, Map<TaskStatus, Long>> counts) {
		return new ProgrammeView(id, committeeId, year, title,
				groups.stream().map(group -> group.progress(counts.getOrDefault(group.id(), Map.of()))).toList());
	}
}
