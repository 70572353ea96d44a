package org.probity.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

@Entity
@Table(name = "users")
@Filter(name = Jurisdiction.FILTER, condition = "scope_path like :scope escape '!'")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String unitCode;

	private String scopePath;

	private boolean enabled;

	private String personCode;

	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, String unitCode, String scopePath, String personCode) {
		this.personCode = personCode;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.unitCode = unitCode;
		this.scopePath = scopePath;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	UserView view() {
		return new UserView(id, username, role, unitCode, personCode, enabled, createdAt);
	}

	ProbityUser principal() {
		return new ProbityUser(id, username, passwordHash, role, unitCode, scopePath, enabled, personCode);
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}
}
