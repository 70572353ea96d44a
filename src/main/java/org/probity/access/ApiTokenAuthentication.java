package org.probity.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.probity.shared.Digests;
import org.probity.shared.Jurisdiction;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API callers presenting {@code Authorization: Bearer prb_…}; an unknown or revoked token is refused. */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final AuthenticationEntryPoint refusal;

	ApiTokenAuthentication(ApiTokens tokens, Accounts accounts, TransactionTemplate transactions,
			AuthenticationEntryPoint refusal) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.transactions = transactions;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		ProbityUser user = userFor(header.substring(BEARER.length()).strip());
		if (user == null || !user.isEnabled()) {
			SecurityContextHolder.clearContext();
			refusal.commence(request, response, new BadCredentialsException("The API token is unknown or revoked"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

	private ProbityUser userFor(String token) {
		String hash = Digests.sha256(token);
		return transactions.execute(status -> Jurisdiction.asSystem(() -> tokens.findByTokenHash(hash)
			.filter(found -> !found.revoked())
			.map(found -> {
				found.used();
				return accounts.byId(found.userId());
			})
			.orElse(null)));
	}
}
