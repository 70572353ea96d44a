package org.probity.access.web;

import org.probity.access.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for AUDITOR and ADMIN, with a button that verifies the whole chain. */
@Controller
@RequestMapping("/audit")
class AuditPages {

	private final AuditLog audit;

	AuditPages(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String log(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", audit.recent(page, 50));
		model.addAttribute("page", Math.max(page, 0));
		return "audit/log";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("check", audit.verify());
		return log(0, model);
	}
}
