package org.probity.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request parameters holding a NUL character: no text in Probity has one, and PostgreSQL cannot store it,
 * so such a request is answered 400 naming the parameter instead of failing deep in a query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulBytes extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.startsWith("multipart/")) {
			chain.doFilter(request, response); // parsed only after sign-in, by Spring MVC
			return;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
					response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
					response.setContentType("application/problem+json");
					response.setCharacterEncoding("UTF-8");
					String name = parameter.getKey().replaceAll("[^A-Za-z0-9_.-]", "");
					response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
							+ "\"detail\":\"'" + name + "' contains a NUL character\",\"errors\":[{\"field\":\"" + name
							+ "\",\"message\":\"contains a NUL character\"}]}");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
