package org.probity.cases.web;

import java.util.Arrays;
import java.util.List;

import org.probity.cases.CaseField;
import org.probity.cases.CaseKind;
import org.probity.cases.CustodyMeasure;
import org.probity.cases.DefendantOutcome;
import org.probity.cases.Origin;
import org.probity.cases.Stage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the case pages offer in their lists. */
@ControllerAdvice(assignableTypes = CasePages.class)
class CaseChoices {

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("fields", CaseField.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("origins", Origin.values());
		model.addAttribute("custodies", CustodyMeasure.values());
		model.addAttribute("outcomes", DefendantOutcome.values());
	}

	/** The stages a case standing at {@code current} may move to. */
	static List<Stage> after(Stage current) {
		return Arrays.stream(Stage.values()).filter(stage -> stage.compareTo(current) > 0).toList();
	}
}
