package org.probity.records.web;

import org.probity.records.RetentionManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Documents past retention, disposals and legal holds within the reader's jurisdiction. */
@Controller
class RetentionPages {

	private final RetentionManagement retention;

	RetentionPages(RetentionManagement retention) {
		this.retention = retention;
	}

	@GetMapping("/retention")
	String overview(Model model) {
		model.addAttribute("retention", retention.overview());
		return "records/retention";
	}
}
