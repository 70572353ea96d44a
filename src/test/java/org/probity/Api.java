package org.probity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Shorthands for API calls in tests: the bootstrap admin from application-test.properties, unique names. */
public final class Api {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-test-password";

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

	private Api() {
	}

	/** A code no other test uses, such as {@code T1234}. */
	public static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	public static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(ADMIN, ADMIN_PASSWORD));
	}

	public static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(username, PASSWORD));
	}

	/** Signs in with the form and returns the session cookie (sessions live in the database). */
	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Sign-in of " + username + " failed");
		}
		return session;
	}

	public static MockHttpServletRequestBuilder importCsv(String dataset, String csv) {
		return post("/api/v1/imports/" + dataset).contentType("text/csv").content(csv);
	}

	public static MockHttpServletRequestBuilder createUser(String username, String role, String unitCode) {
		String unit = unitCode == null ? "null" : "\"" + unitCode + "\"";
		return asAdmin(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
					+ "\",\"unitCode\":" + unit + "}"));
	}
}
