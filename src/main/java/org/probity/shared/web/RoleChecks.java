package org.probity.shared.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.probity.shared.Actors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Honours {@link RolesAllowed} on a controller method (or class) before its arguments are read, so a role that may
 * not make a request is refused with 403 whatever it sent, instead of learning what a valid request would look like.
 * The façades still check roles themselves; this only puts the refusal first.
 */
@Configuration(proxyBeanMethods = false)
class RoleChecks implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			RolesAllowed allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RolesAllowed.class);
			if (allowed == null) {
				allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RolesAllowed.class);
			}
			if (allowed != null && !Actors.hasAnyRole(allowed.value())) {
				throw new AccessDeniedException("Your role does not allow this request; it takes one of "
						+ String.join(", ", allowed.value()));
			}
		}
		return true;
	}
}
