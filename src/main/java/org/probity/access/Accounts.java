package org.probity.access;

import org.probity.shared.Jurisdiction;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up for sign-in; nobody is signed in yet, so the lookup runs as the system. */
@Component
class Accounts implements UserDetailsService {

	private final UserAccounts accounts;

	Accounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return Jurisdiction.asSystem(() -> accounts.findByUsername(username))
			.map(UserAccount::principal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	@Transactional(readOnly = true)
	ProbityUser byId(long id) {
		return Jurisdiction.asSystem(() -> accounts.findById(id)).map(UserAccount::principal).orElse(null);
	}
}
