package org.probity.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.probity.people.PersonManagement;
import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * The rules every decision meets, whether typed in or imported: a form the target can receive, a target within the
 * reader's jurisdiction, a known deciding body with authority over the target ({@link DecidingAuthority}), a
 * decision date not in the future, and a violation (when given) not after the decision nor beyond the statute of
 * limitations. Finds the target's path on the way.
 */
@Component
class DecisionCheck {

	record Problem(String field, String message) {
	}

	record Checked(String scopePath, List<Problem> problems) {
	}

	private final UnitManagement units;

	private final PersonManagement people;

	DecisionCheck(UnitManagement units, PersonManagement people) {
		this.units = units;
		this.people = people;
	}

	Checked check(NewDecision decision) {
		List<Problem> problems = new ArrayList<>();
		if (decision.targetKind() == null) {
			problems.add(new Problem("targetKind", "is required; one of UNIT, PERSON"));
		}
		if (decision.form() == null) {
			problems.add(new Problem("form", "is required"));
		}
		else if (decision.targetKind() != null && !decision.form().allowedFor(decision.targetKind())) {
			problems.add(new Problem("form", decision.form().refusalFor(decision.targetKind())));
		}
		String path = null;
		if (decision.targetKind() != null && decision.targetCode() != null) {
			path = targetPath(decision.targetKind(), decision.targetCode()).orElse(null);
			if (path == null) {
				problems.add(new Problem("targetCode", "'" + decision.targetCode() + "' is not a "
						+ decision.targetKind().name().toLowerCase() + " in your jurisdiction"));
			}
		}
		// The deciding body is often above the reader (the province's commission disciplines a commune member).
		UnitView body = decision.decidedBy() == null ? null
				: Jurisdiction.asSystem(() -> units.find(decision.decidedBy())).orElse(null);
		if (decision.decidedBy() != null && body == null) {
			problems.add(new Problem("decidedBy", "'" + decision.decidedBy() + "' is not a known unit"));
		}
		if (body != null && path != null && decision.form() != null) {
			DecidingAuthority.refusal(body, decision.targetKind(), decision.targetCode(), path, decision.form())
				.ifPresent(refusal -> problems.add(new Problem("decidedBy", refusal)));
		}
		dates(decision, problems);
		return new Checked(path, problems);
	}

	private void dates(NewDecision decision, List<Problem> problems) {
		LocalDate decided = decision.decidedOn();
		if (decided == null) {
			problems.add(new Problem("decidedOn", "is required"));
			return;
		}
		if (decided.isAfter(LocalDate.now())) {
			problems.add(new Problem("decidedOn", "is in the future"));
		}
		LocalDate violation = decision.violationOn();
		if (violation == null) {
			return;
		}
		if (violation.isAfter(decided)) {
			problems.add(new Problem("violationOn", "is after the decision of " + decided));
		}
		else if (decision.form() != null && StatuteOfLimitations.expired(decision.form(), violation, decided)) {
			problems.add(new Problem("violationOn", "the violation of " + violation + " is beyond the statute of "
					+ "limitations for " + decision.form() + " (" + StatuteOfLimitations.limitFor(decision.form())
						.orElseThrow()
						.getYears() + " years) on " + decided));
		}
	}

	/** A unit's own path, or the path of the person's unit. */
	private Optional<String> targetPath(TargetKind kind, String code) {
		if (kind == TargetKind.UNIT) {
			return units.find(code).map(UnitView::path);
		}
		return people.pathOf(code);
	}
}
