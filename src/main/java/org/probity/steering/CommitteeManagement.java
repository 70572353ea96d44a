package org.probity.steering;

import java.util.List;

import org.probity.people.PersonManagement;
import org.probity.people.PersonView;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets up the steering committees of units within the reader's jurisdiction, and their members. */
@Service
@Transactional(readOnly = true)
public class CommitteeManagement {

	private final Committees committees;

	private final UnitManagement units;

	private final PersonManagement people;

	private final ApplicationEventPublisher events;

	CommitteeManagement(Committees committees, UnitManagement units, PersonManagement people,
			ApplicationEventPublisher events) {
		this.committees = committees;
		this.units = units;
		this.people = people;
		this.events = events;
	}

	/** Committees in the reader's jurisdiction, from the top of the tree down. */
	public List<CommitteeView> list() {
		return committees.findAllByOrderByScopePathAscNameAsc().stream().map(Committee::view).toList();
	}

	public CommitteeView get(long id) {
		return committees.require(id).view();
	}

	@Transactional
	public CommitteeView create(NewCommittee committee) {
		SteeringRules.requireWriter();
		String unitCode = SteeringRules.text("unitCode", committee.unitCode(), 64);
		UnitView unit = units.find(unitCode)
			.orElseThrow(() -> new InvalidField("unitCode", "'" + unitCode + "' is not a unit in your jurisdiction"));
		Committee created = committees.save(new Committee(unit.code(),
				SteeringRules.text("name", committee.name(), 300), unit.path()));
		List<NewMember> members = committee.members() == null ? List.of() : committee.members();
		for (int i = 0; i < members.size(); i++) {
			add(created, members.get(i), "members[" + i + "].");
		}
		committees.flush();
		events.publishEvent(AuditedChange.of("CREATE", "steering-committee", String.valueOf(created.id()),
				"committee of " + unit.code(), null, created.view()));
		return created.view();
	}

	@Transactional
	public MemberView addMember(long committeeId, NewMember member) {
		SteeringRules.requireWriter();
		Committee committee = committees.require(committeeId);
		String before = committee.view().toString();
		CommitteeMember added = add(committee, member, "");
		committees.flush();
		events.publishEvent(AuditedChange.of("ADD_MEMBER", "steering-committee", String.valueOf(committeeId),
				member.role() + " " + added.fullName(), before, committee.view()));
		return added.view();
	}

	/** A member from the people register takes the register's name unless another is given. */
	private CommitteeMember add(Committee committee, NewMember member, String prefix) {
		SteeringRules.required(prefix + "role", member.role());
		String personCode = SteeringRules.optionalText(prefix + "personCode", member.personCode(), 64);
		String fullName = SteeringRules.optionalText(prefix + "fullName", member.fullName(), 200);
		if (personCode != null) {
			PersonView person = people.find(personCode)
				.orElseThrow(() -> new InvalidField(prefix + "personCode",
						"'" + personCode + "' is not a person in your jurisdiction"))
				.person();
			fullName = fullName == null ? Texts.clip(person.fullName(), 200) : fullName;
		}
		if (fullName == null) {
			throw new InvalidField(prefix + "fullName", "is required when no personCode is given");
		}
		if (member.servedFrom() != null && member.servedTo() != null
				&& member.servedTo().isBefore(member.servedFrom())) {
			throw new InvalidField(prefix + "servedTo", "is before servedFrom");
		}
		return committee.add(personCode, fullName, member);
	}
}
