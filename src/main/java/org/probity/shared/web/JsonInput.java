package org.probity.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Limits on JSON request bodies: no text holds a NUL character (PostgreSQL cannot store one; the field is named
 * instead), and a body larger than {@value #MAX_BYTES} bytes is refused before it is read.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	@Bean
	JacksonModule textWithoutNul() {
		return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
	}

	static final class TextWithoutNul extends StdScalarDeserializer<String> {

		TextWithoutNul() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				throw context.weirdStringException(text, String.class, JsonProblems.NUL);
			}
			return text;
		}
	}

	/** Answers 413 for a JSON body whose declared length is over the limit. */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 11)
	static final class BodySize extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type != null && request.getContentLengthLong() > MAX_BYTES
					&& MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
				response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
						+ "\"detail\":\"The JSON body is larger than " + MAX_BYTES / 1024 / 1024 + " MB\"}");
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
