package org.probity.steering;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual work programmes of committees within the reader's jurisdiction, with each group's progress counted. */
@Service
@Transactional(readOnly = true)
public class WorkProgrammeManagement {

	static final int MAX_GROUPS = 20;

	private final WorkProgrammes programmes;

	private final Committees committees;

	private final SteeringTasks tasks;

	private final ApplicationEventPublisher events;

	WorkProgrammeManagement(WorkProgrammes programmes, Committees committees, SteeringTasks tasks,
			ApplicationEventPublisher events) {
		this.programmes = programmes;
		this.committees = committees;
		this.tasks = tasks;
		this.events = events;
	}

	public ProgrammeView get(long id) {
		return view(programmes.findById(id).orElseThrow(() -> new UnknownSteeringRecord("work programme", id)));
	}

	/** Newest year first. */
	public List<ProgrammeView> ofCommittee(long committeeId) {
		committees.require(committeeId);
		return programmes.findByCommitteeIdOrderByYearDesc(committeeId).stream().map(this::view).toList();
	}

	@Transactional
	public ProgrammeView create(NewProgramme programme) {
		SteeringRules.requireWriter();
		Committee committee = committees.require(programme.committeeId());
		int year = SteeringRules.year("year", programme.year());
		if (programmes.existsByCommitteeIdAndYear(committee.id(), year)) {
			throw InvalidField.conflict("year", "the committee already has a programme for " + year);
		}
		List<String> groups = programme.groups() == null ? List.of() : programme.groups();
		if (groups.isEmpty() || groups.size() > MAX_GROUPS) {
			throw new InvalidField("groups", "takes 1 to " + MAX_GROUPS + " groups of tasks");
		}
		for (int i = 0; i < groups.size(); i++) {
			SteeringRules.text("groups[" + i + "]", groups.get(i), 1000);
		}
		WorkProgramme saved = programmes.save(new WorkProgramme(committee, year,
				SteeringRules.text("title", programme.title(), 300), groups.stream().map(String::strip).toList()));
		programmes.flush();
		ProgrammeView view = view(saved);
		events.publishEvent(AuditedChange.of("CREATE", "steering-programme", String.valueOf(saved.id()),
				"programme " + year + " of committee " + committee.id(), null, view));
		return view;
	}

	private ProgrammeView view(WorkProgramme programme) {
		Map<Long, Map<TaskStatus, Long>> counts = new HashMap<>();
		if (!programme.groupIds().isEmpty()) {
			for (Object[] row : tasks.countByGroupAndStatus(programme.groupIds())) {
				counts.computeIfAbsent((Long) row[0], group -> new EnumMap<>(TaskStatus.class))
					.put((TaskStatus) row[1], (Long) row[2]);
			}
		}
		return programme.view(counts);
	}
}
