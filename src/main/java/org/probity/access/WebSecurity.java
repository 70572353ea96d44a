package org.probity.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two doors: {@code /api/**} takes HTTP Basic or an API token, keeps no session and answers refusals as
 * problem+json; everything else is the web UI with form sign-in, CSRF protection and a strict CSP.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline style attributes; its pages get this slightly looser policy. */
	static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ThrottledAuthentication passwords, ApiTokens tokens,
			Accounts accounts, TransactionTemplate transactions) {
		var refusal = ProblemResponses.unauthorized();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/users").hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
				.anyRequest().authenticated())
			.authenticationProvider(passwords)
			.httpBasic(basic -> basic.authenticationEntryPoint(refusal))
			.addFilterBefore(new ApiTokenAuthentication(tokens, accounts, transactions, refusal),
					BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusal)
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocs(HttpSecurity http) {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, ThrottledAuthentication passwords) {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/portal", "/portal/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/users/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
			.anyRequest().authenticated())
			.authenticationProvider(passwords)
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}
}
