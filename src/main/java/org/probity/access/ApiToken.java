package org.probity.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token, stored only as its SHA-256 digest. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant lastUsedAt;

	private boolean revoked;

	protected ApiToken() {
	}

	ApiToken(Long userId, String name, String tokenHash) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
	}

	Long userId() {
		return userId;
	}

	boolean revoked() {
		return revoked;
	}

	void used() {
		lastUsedAt = Instant.now();
	}

	void revoke() {
		revoked = true;
	}

	TokenView view() {
		return new TokenView(id, name, createdAt, lastUsedAt, revoked);
	}
}
