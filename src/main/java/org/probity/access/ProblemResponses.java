package org.probity.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Refusals on the API as {@code application/problem+json}, like every other API error. */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, failure) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Probity\", Bearer");
			write(response, HttpStatus.UNAUTHORIZED, failure.getMessage() == null
					? "Sign in with HTTP Basic or an API token" : failure.getMessage(), request.getRequestURI());
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, denied) -> write(response, HttpStatus.FORBIDDEN,
				"Your role does not allow this request", request.getRequestURI());
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail, String path)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "")));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}
}
