package org.probity.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the directions of committees within the reader's jurisdiction and takes reports that they were done. A
 * direction is overdue from the day after its due date while still open, judged by the application's clock.
 */
@Service
@Transactional(readOnly = true)
public class DirectionManagement {

	public static final int PAGE_SIZE = 50;

	private final SteeringDirections directions;

	private final Committees committees;

	private final Meetings meetings;

	private final Assignees assignees;

	private final UnitManagement units;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DirectionManagement(SteeringDirections directions, Committees committees, Meetings meetings, Assignees assignees,
			UnitManagement units, Clock clock, ApplicationEventPublisher events) {
		this.directions = directions;
		this.committees = committees;
		this.meetings = meetings;
		this.assignees = assignees;
		this.units = units;
		this.clock = clock;
		this.events = events;
	}

	public DirectionView get(long id) {
		return require(id).view(today());
	}

	/** A committee's open directions, soonest due first; the overdue ones say so. */
	public List<DirectionView> openOf(long committeeId) {
		committees.require(committeeId);
		LocalDate today = today();
		return directions.findByCommitteeIdAndStatusOrderByDueOnAscIdAsc(committeeId, DirectionStatus.OPEN)
			.stream()
			.map(direction -> direction.view(today))
			.toList();
	}

	/** The directions given about a corruption case, newest first, for the case's own page. */
	public List<DirectionView> forCase(String caseRef) {
		String ref = Texts.blankToNull(caseRef);
		if (ref == null) {
			return List.of();
		}
		LocalDate today = today();
		return directions.findByCaseRefOrderByIssuedOnDescIdDesc(ref).stream().map(d -> d.view(today)).toList();
	}

	/** Soonest due first, {@value #PAGE_SIZE} a page. */
	public Page<DirectionView> list(DirectionQuery query, int page) {
		String unitPath = query.unitCode() == null ? null : units.pathOf(query.unitCode());
		LocalDate today = today();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id")));
		return directions.findAll(SteeringSpecifications.directions(query, unitPath, today), request)
			.map(direction -> direction.view(today));
	}

	@Transactional
	public DirectionView issue(NewDirection direction) {
		SteeringRules.requireWriter();
		Committee committee = committees.require(direction.committeeId());
		if (direction.meetingId() != null && meetings.findById(direction.meetingId())
			.filter(meeting -> meeting.committeeId() == committee.id())
			.isEmpty()) {
			throw new InvalidField("meetingId", "is not a meeting of this committee");
		}
		String assignee = assignees.check("assigneeKind", direction.assigneeKind(), "assigneeCode",
				direction.assigneeCode());
		String content = SteeringRules.text("content", direction.content(), 4000);
		LocalDate today = today();
		LocalDate issued = direction.issuedOn() == null ? today
				: SteeringRules.notFuture("issuedOn", direction.issuedOn(), today);
		LocalDate due = SteeringRules.required("dueOn", direction.dueOn());
		if (due.isBefore(issued)) {
			throw new InvalidField("dueOn", "is before the direction is issued on " + issued);
		}
		SteeringDirection saved = directions.save(new SteeringDirection(committee, direction.meetingId(),
				direction.assigneeKind(), assignee, content, issued, due,
				SteeringRules.optionalText("caseRef", direction.caseRef(), 64)));
		DirectionView view = saved.view(today);
		events.publishEvent(new DirectionIssued(saved.id(), committee.id(), view.assigneeKind(), assignee, due,
				view.caseRef()));
		events.publishEvent(AuditedChange.of("ISSUE", "steering-direction", String.valueOf(saved.id()),
				"to " + view.assigneeKind() + " " + assignee + " due " + due, null, view));
		return view;
	}

	/** Reports a direction done, today unless another day is given. */
	@Transactional
	public DirectionView done(long id, LocalDate doneOn, String report) {
		SteeringRules.requireWriter();
		SteeringDirection direction = require(id);
		LocalDate today = today();
		String before = direction.view(today).toString();
		direction.done(doneOn == null ? today : SteeringRules.notFuture("doneOn", doneOn, today),
				SteeringRules.text("report", report, 4000));
		DirectionView after = direction.view(today);
		events.publishEvent(AuditedChange.of("DONE", "steering-direction", String.valueOf(id),
				"done on " + after.doneOn(), before, after));
		return after;
	}

	private SteeringDirection require(long id) {
		return directions.findById(id).orElseThrow(() -> new UnknownSteeringRecord("direction", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
