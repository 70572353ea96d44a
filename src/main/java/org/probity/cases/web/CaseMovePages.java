package org.probity.cases.web;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import org.probity.cases.CaseHandling;
import org.probity.cases.CustodyMeasure;
import org.probity.cases.DefendantChange;
import org.probity.cases.DefendantOutcome;
import org.probity.cases.NewDefendant;
import org.probity.cases.Stage;
import org.probity.shared.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The small forms on the case page, each one move; a refused move comes back to the page with its reason. */
@Controller
@RequestMapping("/cases/{id}")
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
class CaseMovePages {

	private final CaseHandling handling;

	CaseMovePages(CaseHandling handling) {
		this.handling = handling;
	}

	@PostMapping("/stages")
	String advance(@PathVariable long id, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate enteredOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.advance(id, stage, enteredOn, note));
	}

	@PostMapping("/defendants")
	String addDefendant(@PathVariable long id, @RequestParam(required = false) String personCode,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) String charges,
			@RequestParam(required = false) CustodyMeasure custody,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate prosecutedOn,
			@RequestParam(required = false) DefendantOutcome outcome, @RequestParam(required = false) String sentence,
			RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.addDefendant(id,
				new NewDefendant(personCode, fullName, charges, custody, prosecutedOn, outcome, sentence)));
	}

	@PostMapping("/defendants/change")
	String changeDefendant(@PathVariable long id, @RequestParam long defendantId,
			@RequestParam(required = false) CustodyMeasure custody,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate prosecutedOn,
			@RequestParam(required = false) DefendantOutcome outcome, @RequestParam(required = false) String sentence,
			RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.changeDefendant(id, defendantId,
				new DefendantChange(custody, prosecutedOn, outcome, sentence)));
	}

	@PostMapping("/recoveries")
	String recover(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate recoveredOn,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		return move(id, redirect,
				() -> handling.recordRecovery(id, recoveredOn, AmountText.parse("amount", amount), description));
	}

	@PostMapping("/damage")
	String assess(@PathVariable long id, @RequestParam(required = false) String damage, RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.assessDamage(id, AmountText.parse("damage", damage)));
	}

	@PostMapping("/monitoring")
	String place(@PathVariable long id, @RequestParam(required = false) String committeeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate placedOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.placeUnderMonitoring(id, committeeCode, placedOn, reason));
	}

	@PostMapping("/monitoring/removal")
	String remove(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate removedOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return move(id, redirect, () -> handling.removeFromMonitoring(id, removedOn, reason));
	}

	private static String move(long id, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("caseError", "'" + refused.field() + "' " + refused.getMessage());
		}
		return "redirect:/cases/" + id;
	}
}
