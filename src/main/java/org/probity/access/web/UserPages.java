package org.probity.access.web;

import jakarta.validation.Valid;
import org.probity.access.NewUser;
import org.probity.access.Role;
import org.probity.access.UserManagement;
import org.probity.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration (ADMIN only): the list and the form to add one. */
@Controller
@RequestMapping("/users")
class UserPages {

	private final UserManagement users;

	UserPages(UserManagement users) {
		this.users = users;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.list());
		model.addAttribute("newUser", new NewUser("", "", Role.OFFICER, ""));
		return "access/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newUser") NewUser newUser, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				users.create(newUser);
				redirect.addFlashAttribute("created", newUser.username());
				return "redirect:/users";
			}
			catch (InvalidField invalid) {
				errors.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		model.addAttribute("users", users.list());
		return "access/users";
	}
}
