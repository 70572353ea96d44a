package org.probity.petitions.web;

import org.probity.petitions.DeadlineWatch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Due-soon and overdue alerts raised each morning, for the reader's jurisdiction. */
@Controller
class AlertPages {

	private final DeadlineWatch watch;

	AlertPages(DeadlineWatch watch) {
		this.watch = watch;
	}

	@GetMapping("/petitions/alerts")
	String alerts(Model model) {
		model.addAttribute("alerts", watch.recent(200));
		return "petitions/alerts";
	}
}
