package org.probity.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.probity.shared.ScopedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, kept in the (database-held) session: role, home unit and jurisdiction path. */
public final class ProbityUser implements UserDetails, CredentialsContainer, ScopedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final String unitCode;

	private final String scopePath;

	private final boolean enabled;

	private final String personCode;

	ProbityUser(long id, String username, String passwordHash, Role role, String unitCode, String scopePath,
			boolean enabled, String personCode) {
		this.personCode = personCode;
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.unitCode = unitCode;
		this.scopePath = scopePath;
		this.enabled = enabled;
	}

	public long id() {
		return id;
	}

	@Override
	public String username() {
		return username;
	}

	public Role role() {
		return role;
	}

	public String unitCode() {
		return unitCode;
	}

	@Override
	public String scopePath() {
		return scopePath;
	}

	@Override
	public String personCode() {
		return personCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "ProbityUser[" + username + ", " + role + "]";
	}
}
