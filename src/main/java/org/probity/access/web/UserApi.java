package org.probity.access.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.probity.access.IssuedToken;
import org.probity.access.NewUser;
import org.probity.access.TokenView;
import org.probity.access.UserManagement;
import org.probity.access.UserView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class UserApi {

	private final UserManagement users;

	UserApi(UserManagement users) {
		this.users = users;
	}

	/** ADMIN only (see the security configuration). */
	@PostMapping("/users")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
		UserView created = users.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@GetMapping("/users")
	List<UserView> list() {
		return users.list();
	}

	@GetMapping("/users/{username}")
	UserView user(@PathVariable String username) {
		return users.find(username).orElseThrow(() -> new org.probity.shared.NotFound("No user '" + username
				+ "' in your jurisdiction"));
	}

	record TokenRequest(String name) {
	}

	@PostMapping("/tokens")
	ResponseEntity<IssuedToken> issue(@RequestBody(required = false) TokenRequest request) {
		IssuedToken token = users.issueToken(request == null ? null : request.name());
		return ResponseEntity.status(201).body(token);
	}

	@GetMapping("/tokens")
	List<TokenView> tokens() {
		return users.myTokens();
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		users.revokeToken(id);
		return ResponseEntity.noContent().build();
	}
}
