package org.probity.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from Spring MVC itself so that an endpoint added by any module is
 * covered without anyone listing it: one entry per path pattern and HTTP method, path variables filled in.
 */
public final class Endpoints {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::((?:[^{}]|\\{[^}]*\\})*))?\\}");

	private static final Pattern WORDS = Pattern.compile("[a-z-]+(\\|[a-z-]+)*");

	/**
	 * An endpoint as mapped: method, pattern, whether it reads a multipart upload, its query parameters' names, and
	 * the type of its JSON body ({@code null} if it reads none).
	 */
	public record Endpoint(String method, String pattern, boolean multipart, List<String> parameters, Class<?> body) {

		public boolean api() {
			return pattern.startsWith("/api/");
		}

		public boolean write() {
			return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
		}

		public List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/** An endpoint with its variables filled in: a request that can be sent. */
	public record Call(Endpoint endpoint, String path) {

		@Override
		public String toString() {
			return endpoint.method() + " " + path;
		}
	}

	private Endpoints() {
	}

	public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (var handler : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = handler.getKey();
			List<String> parameters = parameters(handler.getValue());
			Class<?> body = Stream.of(handler.getValue().getMethodParameters())
				.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
				.map(MethodParameter::getParameterType)
				.findFirst()
				.orElse(null);
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean multipart = info.getConsumesCondition()
				.getConsumableMediaTypes()
				.stream()
				.anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint("GET", pattern, multipart, parameters, body));
				}
				methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern, multipart, parameters, body)));
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		return endpoints.stream().distinct().toList();
	}

	private static List<String> parameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !MultipartFile.class.equals(parameter.getParameterType())) {
				String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				if (name != null) {
					names.add(name);
				}
			}
		}
		return List.copyOf(names);
	}

	/**
	 * The calls for an endpoint: a variable restricted to a few words ({@code {move:accept|close}}) gives one call
	 * per word; any other variable takes its value from {@code values(pattern, name)}, which may offer several.
	 */
	public static List<Call> calls(Endpoint endpoint, BiFunction<String, String, List<String>> values) {
		List<String> paths = List.of(endpoint.pattern());
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		while (matcher.find()) {
			String placeholder = matcher.group();
			String regex = matcher.group(2);
			List<String> choices = regex != null && WORDS.matcher(regex).matches() ? List.of(regex.split("\\|"))
					: values.apply(endpoint.pattern(), matcher.group(1));
			List<String> expanded = new ArrayList<>();
			for (String path : paths) {
				choices.forEach(choice -> expanded.add(path.replace(placeholder, choice)));
			}
			paths = expanded;
		}
		return paths.stream().map(path -> new Call(endpoint, path)).toList();
	}
}
