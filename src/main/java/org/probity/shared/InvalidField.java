package org.probity.shared;

/** Input that is well-formed but not acceptable; answered 400 (or 409 for a conflict) naming the field. */
public class InvalidField extends RuntimeException {

	private final String field;

	private final boolean conflict;

	public InvalidField(String field, String message) {
		this(field, message, false);
	}

	private InvalidField(String field, String message, boolean conflict) {
		super(message);
		this.field = field;
		this.conflict = conflict;
	}

	/** The value clashes with an existing record, such as a user name already taken. */
	public static InvalidField conflict(String field, String message) {
		return new InvalidField(field, message, true);
	}

	public String field() {
		return field;
	}

	public boolean isConflict() {
		return conflict;
	}
}
