package org.probity.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.probity.shared.AuditedChange;
import org.probity.shared.Digests;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.probity.people.PersonManagement;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users and their API tokens; lists users within the reader's jurisdiction. */
@Service
@Transactional
public class UserManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final UnitManagement units;

	private final PersonManagement people;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	UserManagement(UserAccounts accounts, ApiTokens tokens, UnitManagement units, PersonManagement people,
			PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.people = people;
		this.accounts = accounts;
		this.tokens = tokens;
		this.units = units;
		this.passwords = passwords;
		this.events = events;
	}

	/** Creates a user whose home unit lies within the creator's jurisdiction. */
	public UserView create(NewUser user) {
		if (Jurisdiction.asSystem(() -> accounts.existsByUsername(user.username()))) {
			throw InvalidField.conflict("username", "'" + user.username() + "' is already taken");
		}
		String unitCode = Texts.blankToNull(user.unitCode());
		String scope = Jurisdiction.NATIONWIDE;
		if (user.role() != Role.ADMIN || unitCode != null) {
			if (unitCode == null) {
				throw new InvalidField("unitCode", "is required for role " + user.role());
			}
			UnitView unit = units.find(unitCode)
				.orElseThrow(() -> new InvalidField("unitCode", "'" + unitCode + "' is not a unit in your jurisdiction"));
			scope = user.role() == Role.ADMIN ? Jurisdiction.NATIONWIDE : unit.path();
		}
		String personCode = Texts.blankToNull(user.personCode());
		if (personCode != null && people.find(personCode).isEmpty()) {
			throw new InvalidField("personCode", "'" + personCode + "' is not a person in your jurisdiction");
		}
		UserAccount saved = accounts.save(
				new UserAccount(user.username(), passwords.encode(user.password()), user.role(), unitCode, scope, personCode));
		events.publishEvent(AuditedChange.of("CREATE", "user", user.username(), "role " + user.role() + ", unit "
				+ (unitCode == null ? "-" : unitCode), null, user.username() + "|" + user.role() + "|" + unitCode));
		return saved.view();
	}

	@Transactional(readOnly = true)
	public List<UserView> list() {
		return accounts.findAllByOrderByUsername().stream().map(UserAccount::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserView> find(String username) {
		return accounts.findByUsername(username).map(UserAccount::view);
	}

	/** Issues a personal API token to the signed-in user; the secret is returned once. */
	public IssuedToken issueToken(String name) {
		String label = name == null || name.isBlank() ? "token" : name.strip();
		if (label.length() > 100) {
			throw new InvalidField("name", "is longer than 100 characters");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "prb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = tokens.save(new ApiToken(currentUser().id(), label, Digests.sha256(token)));
		events.publishEvent(AuditedChange.of("ISSUE", "api-token", String.valueOf(saved.view().id()), label, null,
				saved.view().id()));
		return new IssuedToken(saved.view().id(), label, token);
	}

	@Transactional(readOnly = true)
	public List<TokenView> myTokens() {
		return tokens.findByUserIdOrderByCreatedAtDesc(currentUser().id()).stream().map(ApiToken::view).toList();
	}

	public void revokeToken(long id) {
		ApiToken token = tokens.findByIdAndUserId(id, currentUser().id())
			.orElseThrow(() -> new NotFound("No token " + id + " of yours"));
		token.revoke();
		events.publishEvent(AuditedChange.of("REVOKE", "api-token", String.valueOf(id), "", id, "revoked"));
	}

	/** Creates the {@code admin} user with role ADMIN unless a user of that name exists; true if created. */
	boolean bootstrapAdmin(String password) {
		return Jurisdiction.asSystem(() -> {
			if (accounts.existsByUsername("admin")) {
				return false;
			}
			accounts.save(new UserAccount("admin", passwords.encode(password), Role.ADMIN, null, Jurisdiction.NATIONWIDE, null));
			events.publishEvent(AuditedChange.of("CREATE", "user", "admin", "bootstrap administrator", null, "admin"));
			return true;
		});
	}

	private static ProbityUser currentUser() {
		if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof ProbityUser user) {
			return user;
		}
		throw new IllegalStateException("No signed-in user");
	}

}
