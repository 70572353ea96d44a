package org.probity.access;

import java.time.Duration;
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

	static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

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

	/**
	 * Notes the use to the minute, as the account page shows it: writing it on every request would make each API
	 * call a write, and concurrent calls with one token would queue on its row.
	 */
	void used() {
		Instant now = Instant.now();
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
			lastUsedAt = now;
		}
	}

	void revoke() {
		revoked = true;
	}

	TokenView view() {
		return new TokenView(id, name, createdAt, lastUsedAt, revoked);
	}
}
