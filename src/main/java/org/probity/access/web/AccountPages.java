package org.probity.access.web;

import org.probity.access.UserManagement;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own page: personal API tokens, issued and revoked. */
@Controller
@RequestMapping("/account")
class AccountPages {

	private final UserManagement users;

	AccountPages(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	String account(Model model) {
		model.addAttribute("tokens", users.myTokens());
		return "access/account";
	}

	@PostMapping("/tokens")
	String issue(@RequestParam(required = false) String name, Model model) {
		try {
			model.addAttribute("issued", users.issueToken(name));
		}
		catch (InvalidField invalid) {
			model.addAttribute("tokenError", invalid.getMessage());
		}
		return account(model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		users.revokeToken(id);
		return "redirect:/account";
	}
}
