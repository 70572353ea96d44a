package org.probity.steering.web;

import java.net.URI;
import java.util.List;

import org.probity.steering.CommitteeManagement;
import org.probity.steering.CommitteeView;
import org.probity.steering.MemberView;
import org.probity.steering.NewCommittee;
import org.probity.steering.NewMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/committees")
class CommitteeApi {

	private final CommitteeManagement committees;

	CommitteeApi(CommitteeManagement committees) {
		this.committees = committees;
	}

	/** The steering committees of units in the caller's jurisdiction. */
	@GetMapping
	List<CommitteeView> list() {
		return committees.list();
	}

	@GetMapping("/{id}")
	CommitteeView committee(@PathVariable long id) {
		return committees.get(id);
	}

	@PostMapping
	ResponseEntity<CommitteeView> create(@RequestBody NewCommittee committee) {
		CommitteeView created = committees.create(committee);
		return ResponseEntity.created(URI.create("/api/v1/committees/" + created.id())).body(created);
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	MemberView addMember(@PathVariable long id, @RequestBody NewMember member) {
		return committees.addMember(id, member);
	}
}
