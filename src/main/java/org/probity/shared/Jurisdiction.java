package org.probity.shared;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that says which part of the unit tree the current reader may see. Entities carrying a
 * {@code scope_path} are filtered by it in every query (see {@link JurisdictionFilter}); code running for the
 * system itself (start-up, demo, background jobs) says so explicitly with {@link #asSystem(Supplier)} or
 * {@link #as(String, Supplier)}.
 */
public final class Jurisdiction {

	/** The Hibernate filter that scopes every entity carrying a materialised path. */
	public static final String FILTER = "jurisdiction";

	public static final String NATIONWIDE = "/";

	/**
	 * The filter condition for an entity whose {@code scope_path} files it under a unit: within the reader's subtree,
	 * or held in custody by a unit of it since a restructuring (see {@code record_custody}, owned by records). Used
	 * with {@code deduceAliasInjectionPoints = false}, so the sub-query's own columns are left alone.
	 */
	public static final String SCOPED = "({alias}.scope_path like :scope escape '!' or exists (select 1 from "
			+ "record_custody c where {alias}.scope_path like c.held_pattern escape '!' and c.custodian_path like :scope "
			+ "escape '!'))";

	/** {@link #SCOPED} for the units themselves, whose own path is their {@code path}. */
	public static final String SCOPED_UNIT = "({alias}.path like :scope escape '!' or exists (select 1 from "
			+ "record_custody c where {alias}.path like c.held_pattern escape '!' and c.custodian_path like :scope "
			+ "escape '!'))";

	/** A path no unit can have (codes start with a letter or digit): what an anonymous caller sees. */
	static final String NOTHING = "/-/";

	private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

	private Jurisdiction() {
	}

	/** The current reader's subtree path; nothing at all when nobody is signed in. */
	public static String scopePath() {
		String override = OVERRIDE.get();
		if (override != null) {
			return override;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.scopePath();
		}
		return NOTHING;
	}

	/** The code of the reader's home unit (the last step of the path); null for a nation-wide reader. */
	public static String homeUnitCode() {
		String[] steps = scopePath().split("/");
		return steps.length == 0 ? null : steps[steps.length - 1];
	}

	public static boolean covers(String path) {
		return path != null && path.startsWith(scopePath());
	}

	/** A SQL LIKE pattern (escape character {@code !}) matching every path in the current subtree. */
	public static String likePattern() {
		return subtreePattern(scopePath());
	}

	/** A SQL LIKE pattern (escape character {@code !}) matching the path and every path below it. */
	public static String subtreePattern(String path) {
		return escapeLike(path) + "%";
	}

	public static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	public static <T> T asSystem(Supplier<T> work) {
		return as(NATIONWIDE, work);
	}

	public static void asSystem(Runnable work) {
		as(NATIONWIDE, () -> {
			work.run();
			return null;
		});
	}

	/** Runs work with the given subtree, for background work done on behalf of a reader. */
	public static <T> T as(String scopePath, Supplier<T> work) {
		String previous = OVERRIDE.get();
		OVERRIDE.set(scopePath);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				OVERRIDE.remove();
			}
			else {
				OVERRIDE.set(previous);
			}
		}
	}
}
