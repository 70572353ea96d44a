package org.probity.steering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

/** A session of a committee: its agenda, who attended, and the conclusions it reached. */
@Entity(name = "SteeringMeeting")
@Table(name = "steering_meetings")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "meetings", path = "/steering/meetings", from = { "kind", "heldOn", "scopePath", "agenda",
		"conclusions.content" })
class Meeting implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private LocalDate heldOn;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "steering_agenda_items", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "item_no")
	@Column(name = "title")
	@BatchSize(size = 50)
	private List<String> agenda = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "steering_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@BatchSize(size = 50)
	private List<Presence> attendance = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
	@OrderBy("number")
	@BatchSize(size = 50)
	private List<Conclusion> conclusions = new ArrayList<>();

	protected Meeting() {
	}

	Meeting(Committee committee, MeetingKind kind, LocalDate heldOn, List<String> agenda) {
		this.committeeId = committee.id();
		this.kind = kind;
		this.heldOn = heldOn;
		this.scopePath = committee.scopePath();
		this.agenda.addAll(agenda);
		this.updatedAt = Instant.now();
	}

	void attended(CommitteeMember member, boolean present) {
		attendance.add(new Presence(member, present));
	}

	Conclusion conclude(String text) {
		Conclusion conclusion = new Conclusion(this, conclusions.size() + 1, text);
		conclusions.add(conclusion);
		updatedAt = Instant.now();
		return conclusion;
	}

	long id() {
		return id;
	}

	long committeeId() {
		return committeeId;
	}

	String scopePath() {
		return scopePath;
	}

	MeetingView view() {
		return new MeetingView(id, committeeId, kind, heldOn, List.copyOf(agenda),
				attendance.stream().map(Presence::view).toList(),
				conclusions.stream().map(Conclusion::view).toList());
	}

	/** Found by its agenda and its conclusions; the title is the day and the first item on the agenda. */
	@Override
	public SearchCard searchCard() {
		String first = agenda.isEmpty() ? null : agenda.get(0);
		String[] text = Stream.concat(agenda.stream(), conclusions.stream().map(Conclusion::content))
			.toArray(String[]::new);
		return SearchCard.of(id, SearchCard.join(" · ", String.valueOf(heldOn), first), scopePath).text(text)
			.dated(heldOn)
			.status(kind);
	}
}
