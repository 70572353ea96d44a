package org.probity.petitions.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.probity.petitions.NewPetition;
import org.probity.petitions.Outcome;
import org.probity.petitions.PetitionDetails;
import org.probity.petitions.PetitionFigures;
import org.probity.petitions.PetitionHandling;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionQuery;
import org.probity.petitions.PetitionStatus;
import org.probity.petitions.PetitionView;
import org.probity.petitions.Petitioner;
import org.probity.petitions.Registered;
import org.probity.petitions.Topic;
import org.probity.petitions.clock.Complexity;
import org.probity.records.DocumentFacts;
import org.probity.records.DocumentView;
import org.probity.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/petitions")
class PetitionApi {

	private final PetitionManagement petitions;

	private final PetitionHandling handling;

	private final PetitionFigures figures;

	PetitionApi(PetitionManagement petitions, PetitionHandling handling, PetitionFigures figures) {
		this.petitions = petitions;
		this.handling = handling;
		this.figures = figures;
	}

	@PostMapping
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	ResponseEntity<Registered> register(@Valid @RequestBody NewPetition petition) {
		Registered registered = petitions.register(petition);
		return ResponseEntity.created(URI.create("/api/v1/petitions/" + registered.id())).body(registered);
	}

	/** The report's petition figures for a unit's subtree and receipt window (both ends included). */
	@GetMapping("/figures")
	PetitionFigures.Figures figures(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidField("to", "is before from");
		}
		return figures.of(unit, from, to);
	}

	@GetMapping("/{id:\\d+}")
	PetitionDetails petition(@PathVariable long id) {
		return petitions.find(id).orElseThrow(() -> new NotFound("No petition " + id + " in your jurisdiction"));
	}

	/**
	 * A subtree's petitions, newest first, {@value PetitionManagement#PAGE_SIZE} a page; the filters are those of
	 * {@link PetitionQuery}, so a report figure's drill-down lists exactly what it counts.
	 */
	@GetMapping
	PagedModel<PetitionView> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) PetitionStatus status, @RequestParam(required = false) PetitionKind kind,
			@RequestParam(required = false) String assignedTo, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean handled, @RequestParam(defaultValue = "false") boolean matters,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(petitions.list(
				new PetitionQuery(unit, status, kind, assignedTo, overdue, from, to, handled, matters), page));
	}

	/** The body of a move; each move reads the fields it needs. */
	record MoveRequest(Topic topic, Complexity complexity, Boolean collective, String reason, String unitCode,
			String note, String decision, Outcome outcome, Boolean violation, String summary, String answer,
			String username, String body) {
	}

	@PostMapping("/{id}/{move}")
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	PetitionView move(@PathVariable long id, @PathVariable String move, @RequestBody(required = false) MoveRequest in) {
		MoveRequest r = in == null ? new MoveRequest(null, null, null, null, null, null, null, null, null, null, null,
				null, null) : in;
		return switch (move) {
			case "classify" -> handling.classify(id, r.topic(), r.complexity(), Boolean.TRUE.equals(r.collective()));
			case "accept" -> handling.accept(id);
			case "refuse" -> handling.refuse(id, r.reason());
			case "transfer" -> handling.transfer(id, r.unitCode(), r.note());
			case "verify" -> handling.startVerification(id);
			case "extend" -> handling.extend(id, r.decision());
			case "conclude" -> handling.conclude(id, r.outcome(), Boolean.TRUE.equals(r.violation()), r.summary());
			case "respond" -> handling.respond(id, r.answer());
			case "close" -> handling.close(id);
			case "assign" -> handling.assign(id, r.username());
			case "messages" -> {
				handling.message(id, r.body());
				yield petitions.find(id).orElseThrow().petition();
			}
			default -> throw new NotFound("No move '" + move.replaceAll("[^a-z]", "") + "'; moves are classify, accept, "
					+ "refuse, transfer, verify, extend, conclude, respond, close, assign, messages");
		};
	}

	/** A multipart upload: {@code file}, and optionally the paper's number, issuing body, date and kind. */
	@PostMapping(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	ResponseEntity<DocumentView> attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String number, @RequestParam(required = false) String issuingBody,
			@RequestParam(required = false) LocalDate issuedOn, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "false") boolean confidential) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return ResponseEntity.status(201).body(handling.attach(id, file.getOriginalFilename(), content,
					new DocumentFacts(Texts.clip(number, 100), Texts.clip(issuingBody, 200), issuedOn, Texts.clip(kind, 100),
							confidential)));
		}
	}

	record RevealRequest(String reason) {
	}

	/** LEADER only, with a reason; audited. */
	@PostMapping("/{id}/identity")
	@RolesAllowed("LEADER")
	List<Petitioner> reveal(@PathVariable long id, @RequestBody RevealRequest request) {
		return handling.reveal(id, request.reason());
	}
}
