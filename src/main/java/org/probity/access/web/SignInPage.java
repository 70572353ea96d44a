package org.probity.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

	@GetMapping("/login")
	String login() {
		return "access/login";
	}
}
