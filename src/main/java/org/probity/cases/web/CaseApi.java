package org.probity.cases.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import org.probity.cases.CaseDetails;
import org.probity.cases.CaseFigures;
import org.probity.cases.CaseHandling;
import org.probity.cases.CaseManagement;
import org.probity.cases.CaseView;
import org.probity.cases.DefendantChange;
import org.probity.cases.DefendantRow;
import org.probity.cases.NewCase;
import org.probity.cases.NewDefendant;
import org.probity.cases.Stage;
import org.probity.cases.UnknownCase;
import org.probity.shared.InvalidField;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

	private final CaseManagement cases;

	private final CaseHandling handling;

	private final CaseFigures figures;

	CaseApi(CaseManagement cases, CaseHandling handling, CaseFigures figures) {
		this.cases = cases;
		this.handling = handling;
		this.figures = figures;
	}

	/** Cases matching the filters, newest detected first, {@value CaseManagement#PAGE_SIZE} a page. */
	@GetMapping
	PagedModel<CaseView> list(CaseFilters filters, @RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(cases.list(filters.query(), page));
	}

	@GetMapping("/{id}")
	CaseDetails one(@PathVariable long id) {
		return cases.find(id).orElseThrow(() -> new UnknownCase(id));
	}

	/** The report's figures for a subtree and a window, each with the list above as its drill-down. */
	@GetMapping("/figures")
	CaseFigures.Figures figures(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.of(unit, from, to);
	}

	/** The defendants the {@code defendants} figure counts. */
	@GetMapping("/defendants")
	PagedModel<DefendantRow> defendants(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prosecutedTo,
			@RequestParam(defaultValue = "0") int page) {
		return new PagedModel<>(cases.defendants(unit, prosecutedFrom, prosecutedTo, page));
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping
	ResponseEntity<CaseDetails> open(@RequestBody NewCase opened) {
		CaseDetails details = cases.open(opened);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + details.summary().id())).body(details);
	}

	record StageMove(Stage stage, LocalDate enteredOn, String note) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/stages")
	CaseDetails advance(@PathVariable long id, @RequestBody StageMove move) {
		return handling.advance(id, move.stage(), move.enteredOn(), move.note());
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/defendants")
	ResponseEntity<CaseDetails> addDefendant(@PathVariable long id, @RequestBody NewDefendant defendant) {
		return ResponseEntity.status(HttpStatus.CREATED).body(handling.addDefendant(id, defendant));
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/defendants/{defendantId}")
	CaseDetails changeDefendant(@PathVariable long id, @PathVariable long defendantId,
			@RequestBody DefendantChange change) {
		return handling.changeDefendant(id, defendantId, change);
	}

	record RecoveryLine(LocalDate recoveredOn, BigDecimal amount, String description) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/recoveries")
	ResponseEntity<CaseDetails> recover(@PathVariable long id, @RequestBody RecoveryLine line) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(handling.recordRecovery(id, line.recoveredOn(), line.amount(), line.description()));
	}

	record Damage(BigDecimal damage) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/damage")
	CaseDetails assess(@PathVariable long id, @RequestBody Damage damage) {
		return handling.assessDamage(id, damage.damage());
	}

	record Placement(String committeeCode, LocalDate placedOn, String reason) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/monitoring")
	CaseDetails place(@PathVariable long id, @RequestBody Placement placement) {
		return handling.placeUnderMonitoring(id, placement.committeeCode(), placement.placedOn(), placement.reason());
	}

	record Removal(LocalDate removedOn, String reason) {
	}

	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
	@PostMapping("/{id}/monitoring/removal")
	CaseDetails remove(@PathVariable long id, @RequestBody Removal removal) {
		if (removal == null) {
			throw new InvalidField("removedOn", "is required");
		}
		return handling.removeFromMonitoring(id, removal.removedOn(), removal.reason());
	}
}
