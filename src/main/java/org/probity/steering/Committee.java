package org.probity.steering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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

/** A steering committee of a unit and its members; it lives in the unit's subtree. */
@Entity(name = "SteeringCommittee")
@Table(name = "steering_committees")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class Committee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String unitCode;

	private String name;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CommitteeMember> members = new ArrayList<>();

	protected Committee() {
	}

	Committee(String unitCode, String name, String scopePath) {
		this.unitCode = unitCode;
		this.name = name;
		this.scopePath = scopePath;
		this.updatedAt = Instant.now();
	}

	CommitteeMember add(String personCode, String fullName, NewMember member) {
		CommitteeMember added = new CommitteeMember(this, personCode, fullName, member);
		members.add(added);
		updatedAt = Instant.now();
		return added;
	}

	Optional<CommitteeMember> member(long memberId) {
		return members.stream().filter(member -> member.id() == memberId).findFirst();
	}

	List<CommitteeMember> members() {
		return members;
	}

	long id() {
		return id;
	}

	String unitCode() {
		return unitCode;
	}

	String scopePath() {
		return scopePath;
	}

	CommitteeView view() {
		return new CommitteeView(id, unitCode, name, members.stream().map(CommitteeMember::view).toList());
	}
}
