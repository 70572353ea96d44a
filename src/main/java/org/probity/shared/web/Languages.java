package org.probity.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: chosen with {@code ?lang=} (the switch in the layout), remembered in a cookie, else taken from
 * the browser. Only languages with a bundle are ever chosen, so a page never claims a language it is not written in.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"),
			Locale.forLanguageTag("ar"), Locale.forLanguageTag("pl"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("probity-lang") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				if (locale == null || supported(locale).isPresent()) {
					super.setLocale(request, response, locale == null ? null : supported(locale).get());
				}
			}

			@Override
			protected Locale parseLocaleValue(String value) {
				Locale cookie = super.parseLocaleValue(value);
				return cookie == null ? null : supported(cookie).orElse(null);
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()).orElse(Locale.ENGLISH));
		return resolver;
	}

	static Optional<Locale> supported(Locale asked) {
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(asked.getLanguage())).findFirst();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
