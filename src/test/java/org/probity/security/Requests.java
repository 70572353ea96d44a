package org.probity.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bare requests to mapped endpoints: no parameters and no body, as a prober would send them. */
public final class Requests {

	private Requests() {
	}

	public static AbstractMockHttpServletRequestBuilder<?> bare(Endpoints.Call call) {
		HttpMethod method = HttpMethod.valueOf(call.endpoint().method());
		if (call.endpoint().multipart()) {
			return multipart(method, call.path());
		}
		MockHttpServletRequestBuilder request = request(method, call.path());
		if (call.endpoint().write()) {
			request.contentType(call.endpoint().api() ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED);
		}
		return request;
	}

	/** The response, or a 500 standing in for an exception that escaped every handler (a real server answers 500). */
	public static MockHttpServletResponse send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request) {
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception escaped) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			try {
				failed.sendError(500, escaped.getClass().getSimpleName() + ": " + rootMessage(escaped));
			}
			catch (java.io.IOException impossible) {
				throw new IllegalStateException(impossible);
			}
			return failed;
		}
	}

	/** A request from another client address, as the portal's flood limits count them. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public static String describe(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() + (location != null ? " → " + location : "")
				+ (response.getErrorMessage() != null ? " (" + response.getErrorMessage() + ")" : "");
	}

	private static String rootMessage(Throwable thrown) {
		Throwable root = thrown;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + " " + root.getMessage();
	}
}
