package org.probity.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a careless or hostile client puts in a JSON field of a given Java type, as raw JSON. {@code unreadable}
 * values cannot be read as the type at all; the others are readable but must be refused by the application.
 */
record HostileValues(String json, boolean unreadable, String what) {

	static final String HUGE_TEXT = "\"" + "ā".repeat(100_000) + "\"";

	static List<HostileValues> of(Class<?> type) {
		List<HostileValues> values = new ArrayList<>();
		if (type == LocalDate.class) {
			values.add(unreadable("\"2023-02-30\"", "an impossible date"));
			values.add(unreadable("\"2023-13-01\"", "a thirteenth month"));
			values.add(unreadable("\"30/02/2023\"", "a date in another format"));
			values.add(unreadable("20230230", "a number for a date"));
		}
		else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			values.add(unreadable("1e400", "a number beyond any range"));
			values.add(unreadable("99999999999999999999999999", "an enormous integer"));
			values.add(unreadable("\"twelve\"", "text for a number"));
			values.add(unreadable("{}", "an object for a number"));
		}
		else if (type == boolean.class || type == Boolean.class) {
			values.add(unreadable("\"maybe\"", "text for a yes/no"));
			values.add(unreadable("{}", "an object for a yes/no"));
		}
		else if (type.isEnum()) {
			values.add(unreadable("\"NO_SUCH_VALUE\"", "an unknown choice"));
			values.add(unreadable("{}", "an object for a choice"));
		}
		else if (type == String.class) {
			values.add(unreadable("{}", "an object for text"));
			values.add(unreadable("[\"a\",\"b\"]", "a list for text"));
			values.add(readable("\"a\\u0000b\"", "a NUL character"));
			values.add(readable(HUGE_TEXT, "100,000 characters"));
		}
		else if (Collection.class.isAssignableFrom(type)) {
			values.add(unreadable("\"not a list\"", "text for a list"));
			values.add(unreadable("{}", "an object for a list"));
		}
		else {
			values.add(unreadable("\"text\"", "text for an object"));
			values.add(unreadable("[1,2]", "a list for an object"));
		}
		return values;
	}

	private static HostileValues unreadable(String json, String what) {
		return new HostileValues(json, true, what);
	}

	private static HostileValues readable(String json, String what) {
		return new HostileValues(json, false, what);
	}
}
