package org.probity.steering.web;

import java.net.URI;
import java.time.LocalDate;

import org.probity.steering.MeetingKind;
import org.probity.steering.MeetingManagement;
import org.probity.steering.MeetingQuery;
import org.probity.steering.MeetingView;
import org.probity.steering.NewMeeting;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApi {

	private final MeetingManagement meetings;

	MeetingApi(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	record ConclusionRequest(String text) {
	}

	/** Newest first, {@value MeetingManagement#PAGE_SIZE} a page; {@code unit} takes its whole subtree. */
	@GetMapping
	PagedModel<MeetingView> list(@RequestParam(required = false) Long committee,
			@RequestParam(required = false) String unit, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(meetings.list(new MeetingQuery(committee, Forms.blankToNull(unit), kind, from, to),
				page));
	}

	@GetMapping("/{id}")
	MeetingView meeting(@PathVariable long id) {
		return meetings.get(id);
	}

	@PostMapping
	ResponseEntity<MeetingView> hold(@RequestBody NewMeeting meeting) {
		MeetingView held = meetings.hold(meeting);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + held.id())).body(held);
	}

	@PostMapping("/{id}/conclusions")
	@ResponseStatus(HttpStatus.CREATED)
	MeetingView.ConclusionView conclude(@PathVariable long id, @RequestBody ConclusionRequest conclusion) {
		return meetings.conclude(id, conclusion.text());
	}
}
