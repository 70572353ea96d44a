package org.probity.records.web;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import org.probity.records.HandoverCheck;
import org.probity.records.HandoverDetails;
import org.probity.records.HandoverManagement;
import org.probity.records.HandoverView;
import org.probity.records.SignOff;
import org.probity.shared.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/handovers")
class HandoverApi {

	private final HandoverManagement handovers;

	private final HandoverMinutes minutes;

	HandoverApi(HandoverManagement handovers, HandoverMinutes minutes) {
		this.handovers = handovers;
		this.minutes = minutes;
	}

	@GetMapping
	List<HandoverView> list() {
		return handovers.list();
	}

	@GetMapping("/{id}")
	HandoverDetails one(@PathVariable long id) {
		return handovers.find(id).orElseThrow(() -> missing(id));
	}

	@RolesAllowed({ "ADMIN", "LEADER" })
	@PostMapping("/{id}/sign-off")
	HandoverView signOff(@PathVariable long id, @RequestBody SignOff signOff) {
		return handovers.signOff(id, signOff);
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "AUDITOR" })
	@PostMapping("/{id}/check")
	HandoverCheck check(@PathVariable long id) {
		return handovers.check(id);
	}

	@GetMapping("/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id, Locale locale) {
		HandoverDetails details = handovers.find(id).orElseThrow(() -> missing(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("handover-" + id + ".pdf").build().toString())
			.body(minutes.of(details, locale));
	}

	static NotFound missing(long id) {
		return new NotFound("No handover " + id + " in your jurisdiction");
	}
}
