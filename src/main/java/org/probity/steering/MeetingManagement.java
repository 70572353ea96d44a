package org.probity.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/** Reads and records the meetings of committees within the reader's jurisdiction, and their conclusions. */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

	public static final int PAGE_SIZE = 50;

	static final int MAX_ITEMS = 50;

	private final Meetings meetings;

	private final Committees committees;

	private final UnitManagement units;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MeetingManagement(Meetings meetings, Committees committees, UnitManagement units, Clock clock,
			ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.committees = committees;
		this.units = units;
		this.clock = clock;
		this.events = events;
	}

	public MeetingView get(long id) {
		return meetings.findById(id).orElseThrow(() -> new UnknownSteeringRecord("meeting", id)).view();
	}

	/** Newest first. */
	public List<MeetingView> ofCommittee(long committeeId) {
		committees.require(committeeId);
		return meetings.findByCommitteeIdOrderByHeldOnDescIdDesc(committeeId).stream().map(Meeting::view).toList();
	}

	/** Newest first, {@value #PAGE_SIZE} a page. */
	public Page<MeetingView> list(MeetingQuery query, int page) {
		String unitPath = query.unitCode() == null ? null : units.pathOf(query.unitCode());
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id")));
		return meetings.findAll(SteeringSpecifications.meetings(query, unitPath), request).map(Meeting::view);
	}

	/** Records a meeting held; members serving that day who are not listed present are recorded absent. */
	@Transactional
	public MeetingView hold(NewMeeting held) {
		SteeringRules.requireWriter();
		Committee committee = committees.require(held.committeeId());
		MeetingKind kind = SteeringRules.required("kind", held.kind());
		LocalDate day = SteeringRules.notFuture("heldOn", held.heldOn(), LocalDate.now(clock));
		Meeting meeting = new Meeting(committee, kind, day, texts("agenda", held.agenda(), 1000));
		Set<Long> present = new HashSet<>(held.present() == null ? List.of() : held.present());
		for (CommitteeMember member : committee.members()) {
			if (member.view().servingOn(day)) {
				meeting.attended(member, present.remove(member.id()));
			}
		}
		if (!present.isEmpty()) {
			throw new InvalidField("present", "member " + present.iterator().next()
					+ " does not serve on this committee on " + day);
		}
		texts("conclusions", held.conclusions(), 4000).forEach(meeting::conclude);
		Meeting saved = meetings.save(meeting);
		meetings.flush();
		events.publishEvent(new MeetingHeld(saved.id(), committee.id(), committee.unitCode(), kind, day));
		events.publishEvent(AuditedChange.of("HOLD", "steering-meeting", String.valueOf(saved.id()),
				kind + " meeting of committee " + committee.id() + " on " + day, null, saved.view()));
		return saved.view();
	}

	/** Adds a conclusion to a meeting; tasks may then be assigned from it. */
	@Transactional
	public MeetingView.ConclusionView conclude(long meetingId, String text) {
		SteeringRules.requireWriter();
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownSteeringRecord("meeting", meetingId));
		String before = meeting.view().toString();
		Conclusion conclusion = meeting.conclude(SteeringRules.text("text", text, 4000));
		meetings.flush();
		events.publishEvent(AuditedChange.of("CONCLUDE", "steering-meeting", String.valueOf(meetingId),
				"conclusion " + conclusion.view().number(), before, meeting.view()));
		return conclusion.view();
	}

	/** The non-blank items, each checked; at most {@value #MAX_ITEMS}. */
	private static List<String> texts(String field, List<String> items, int max) {
		if (items == null) {
			return List.of();
		}
		if (items.size() > MAX_ITEMS) {
			throw new InvalidField(field, "has more than " + MAX_ITEMS + " items");
		}
		for (int i = 0; i < items.size(); i++) {
			SteeringRules.optionalText(field + "[" + i + "]", items.get(i), max);
		}
		return items.stream().map(Texts::blankToNull).filter(item -> item != null).toList();
	}
}
