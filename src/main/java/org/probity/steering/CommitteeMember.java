package org.probity.steering;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A seat on a committee for a period; a person of the register, or a name alone for someone from outside it. */
@Entity(name = "SteeringMember")
@Table(name = "steering_members")
class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "committee_id")
	private Committee committee;

	private String personCode;

	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role")
	private MemberRole role;

	private LocalDate servedFrom;

	private LocalDate servedTo;

	protected CommitteeMember() {
	}

	CommitteeMember(Committee committee, String personCode, String fullName, NewMember member) {
		this.committee = committee;
		this.personCode = personCode;
		this.fullName = fullName;
		this.role = member.role();
		this.servedFrom = member.servedFrom();
		this.servedTo = member.servedTo();
	}

	long id() {
		return id;
	}

	String fullName() {
		return fullName;
	}

	MemberView view() {
		return new MemberView(id, personCode, fullName, role, servedFrom, servedTo);
	}
}
