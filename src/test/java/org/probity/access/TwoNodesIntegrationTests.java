package org.probity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.Api;
import org.probity.Probity;
import org.probity.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL database hold no session of their own: a user signed in on one node is
 * signed in on the other.
 */
@ExtendWith(TestDatabases.class)
class TwoNodesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSessionStartedOnOneNodeIsHonouredByTheOther() throws Exception {
		assumeTrue(TestDatabases.postgres(), "two nodes need a shared PostgreSQL; this run is on H2");
		try (ConfigurableApplicationContext first = node(); ConfigurableApplicationContext second = node()) {
			String session = signIn(port(first));

			HttpResponse<String> page = http.send(HttpRequest.newBuilder(url(port(second), "/people"))
				.header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Sign out").contains("admin");

			HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(url(port(second), "/people")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(stranger.statusCode()).isEqualTo(302);
		}
	}

	private String signIn(int port) throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(url(port, "/login?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(login);
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).as("CSRF field on the sign-in form").isTrue();
		String form = "username=" + Api.ADMIN + "&password=" + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(port, "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return sessionCookie(signedIn);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(Probity.class).profiles("test", "postgres").run("--server.port=0");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static URI url(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
