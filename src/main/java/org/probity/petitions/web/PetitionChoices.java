package org.probity.petitions.web;

import org.probity.petitions.Channel;
import org.probity.petitions.Outcome;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionStatus;
import org.probity.petitions.Topic;
import org.probity.petitions.clock.Complexity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the petition pages offer in their lists. */
@ControllerAdvice(assignableTypes = { PetitionPages.class, PetitionMovePages.class })
class PetitionChoices {

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", PetitionStatus.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("complexities", Complexity.values());
		model.addAttribute("outcomes", Outcome.values());
	}
}
