package org.probity.access.web;

import java.util.List;

import org.probity.access.AuditEntry;
import org.probity.access.AuditLog;
import org.probity.access.ChainCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** AUDITOR and ADMIN only (see the security configuration). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/verify")
	ChainCheck verify() {
		return audit.verify();
	}

	@GetMapping
	List<AuditEntry> recent(@RequestParam(defaultValue = "0") int page) {
		return audit.recent(page, 100);
	}
}
