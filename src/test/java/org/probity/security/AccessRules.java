package org.probity.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.AntPathMatcher;

/**
 * Who may read (GET) and who may write (POST, PUT, PATCH, DELETE) each path, by role. Paths are Ant patterns over
 * the filled-in path; the first rule that matches decides. An endpoint no rule matches is unknown and fails the
 * authorisation matrix, so a new endpoint cannot escape it.
 */
final class AccessRules {

	static final Set<String> NOBODY = Set.of();

	static final Set<String> ANYONE = Set.of("ADMIN", "LEADER", "OFFICER", "RECEPTIONIST", "AUDITOR");

	/** Everyone who registers and receives: all but the auditor, who only reads. */
	static final Set<String> STAFF = Set.of("ADMIN", "LEADER", "OFFICER", "RECEPTIONIST");

	static final Set<String> HANDLERS = Set.of("ADMIN", "LEADER", "OFFICER");

	static final Set<String> LEADERS = Set.of("ADMIN", "LEADER");

	/** Signals name people and places: everyone but the receptionist reads them. */
	static final Set<String> SIGNAL_READERS = Set.of("ADMIN", "LEADER", "OFFICER", "AUDITOR");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	/** One row of the table; {@code open} rows need no sign-in at all. */
	record Rule(List<String> paths, boolean open, Set<String> readers, Set<String> writers) {

		boolean allows(String role, boolean write) {
			return (write ? writers : readers).contains(role);
		}
	}

	static final List<Rule> TABLE = List.of(
			open("/login", "/error", "/portal", "/portal/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
					"/swagger-ui.html"),
			rule(Set.of("ADMIN"), Set.of("ADMIN"), "/users", "/users/**"),
			rule(Set.of("AUDITOR", "ADMIN"), Set.of("AUDITOR", "ADMIN"), "/audit", "/audit/**", "/api/v1/audit",
					"/api/v1/audit/**"),
			rule(ANYONE, Set.of("ADMIN"), "/api/v1/users", "/api/v1/users/**"),
			rule(ANYONE, ANYONE, "/account", "/account/**", "/api/v1/tokens", "/api/v1/tokens/**"),
			// the integrity profile gathers every record about a person: leaders, auditors and administrators only
			rule(Set.of("ADMIN", "LEADER", "AUDITOR"), NOBODY, "/people/*/profile", "/api/v1/people/*/profile"),
			rule(HANDLERS, HANDLERS, "/documents/batches", "/documents/batches/**", "/api/v1/documents/batches",
					"/api/v1/documents/batches/**"),
			rule(ANYONE, NOBODY, "/documents/*/text", "/api/v1/documents/*/text"),
			rule(ANYONE, Set.of("ADMIN"), "/api/v1/units/restructurings"),
			rule(ANYONE, LEADERS, "/api/v1/people/merges", "/people/duplicates/merge"),
			rule(ANYONE, NOBODY, "/", "/units", "/units/**", "/api/v1/units", "/api/v1/units/**", "/people",
					"/people/**", "/api/v1/people", "/api/v1/people/**", "/documents/*", "/api/v1/documents/*"),
			// the fixture imports the petitions dataset, which every role but the auditor may import
			rule(ANYONE, STAFF, "/imports", "/imports/**", "/api/v1/imports/**"),
			rule(ANYONE, Set.of("LEADER"), "/petitions/*/identity", "/api/v1/petitions/*/identity"),
			rule(ANYONE, STAFF, "/petitions/*/classify", "/petitions/*/attachments", "/api/v1/petitions/*/classify",
					"/api/v1/petitions/*/attachments"),
			rule(ANYONE, LEADERS, "/petitions/*/extend", "/petitions/*/conclude", "/petitions/*/assign",
					"/api/v1/petitions/*/extend", "/api/v1/petitions/*/conclude", "/api/v1/petitions/*/assign"),
			rule(ANYONE, HANDLERS, "/petitions/*/*", "/api/v1/petitions/*/*"),
			rule(ANYONE, STAFF, "/petitions", "/petitions/**", "/api/v1/petitions", "/api/v1/petitions/**",
					"/api/v1/reception-sessions"),
			rule(ANYONE, STAFF, "/api/v1/discipline/*/appeal"),
			rule(ANYONE, HANDLERS, "/discipline", "/discipline/**", "/api/v1/discipline", "/api/v1/discipline/**"),
			rule(ANYONE, LEADERS, "/api/v1/oversight/activities/*/conclude"),
			// programmes, remedial actions and referrals of an inspection are recorded by inspectors and leaders
			rule(ANYONE, HANDLERS, "/oversight", "/oversight/**", "/api/v1/oversight/**"),
			rule(ANYONE, HANDLERS, "/steering", "/steering/**", "/api/v1/steering/**", "/api/v1/committees",
					"/api/v1/committees/**", "/api/v1/directions", "/api/v1/directions/**", "/api/v1/evaluations/**",
					"/api/v1/meetings", "/api/v1/meetings/**", "/api/v1/programmes", "/api/v1/programmes/**",
					"/api/v1/targets", "/api/v1/targets/**", "/api/v1/tasks", "/api/v1/tasks/**"),
			rule(ANYONE, HANDLERS, "/cases", "/cases/**", "/api/v1/cases", "/api/v1/cases/**"),
			rule(ANYONE, Set.of("ADMIN"), "/search", "/api/v1/search", "/api/v1/search/**"),
			rule(ANYONE, NOBODY, "/reports", "/reports/**", "/api/v1/reports/**"),
			rule(ANYONE, NOBODY, "/dashboard", "/api/v1/dashboard"),
			rule(NOBODY, Set.of("ADMIN"), "/api/v1/backups", "/api/v1/backups/**"),
			rule(SIGNAL_READERS, LEADERS, "/signal-thresholds", "/api/v1/signals/thresholds",
					"/api/v1/signals/thresholds/**"),
			rule(SIGNAL_READERS, HANDLERS, "/signals", "/signals/**", "/api/v1/signals", "/api/v1/signals/**"),
			rule(Set.of("ADMIN", "LEADER", "AUDITOR"), LEADERS, "/vetting-requests", "/vetting-requests/**",
					"/api/v1/vetting-requests", "/api/v1/vetting-requests/**"),
			rule(ANYONE, LEADERS, "/handovers/*/sign-off", "/api/v1/handovers/*/sign-off"),
			rule(ANYONE, Set.of("ADMIN", "LEADER", "OFFICER", "AUDITOR"), "/handovers/*/check",
					"/api/v1/handovers/*/check"),
			rule(ANYONE, NOBODY, "/handovers", "/handovers/**", "/api/v1/handovers", "/api/v1/handovers/**"),
			rule(ANYONE, LEADERS, "/api/v1/retention/disposals/*/approve", "/api/v1/retention/holds",
					"/api/v1/retention/holds/*/release"),
			rule(ANYONE, HANDLERS, "/retention", "/api/v1/retention", "/api/v1/retention/**"));

	private AccessRules() {
	}

	static Optional<Rule> forPath(String path) {
		return TABLE.stream().filter(rule -> rule.paths().stream().anyMatch(p -> PATHS.match(p, path))).findFirst();
	}

	private static Rule open(String... paths) {
		return new Rule(List.of(paths), true, ANYONE, ANYONE);
	}

	private static Rule rule(Set<String> readers, Set<String> writers, String... paths) {
		return new Rule(List.of(paths), false, readers, writers);
	}
}
