package org.probity.discipline;

import java.util.Arrays;
import java.util.List;

/**
 * Forms of party discipline, lightest first. Members may be reprimanded, warned, removed from post or expelled;
 * organisations reprimanded, warned or dissolved.
 */
public enum Form {

	REPRIMAND(true, true), WARNING(true, true), REMOVAL(true, false), EXPULSION(true, false), DISSOLUTION(false, true);

	private final boolean forPersons;

	private final boolean forUnits;

	Form(boolean forPersons, boolean forUnits) {
		this.forPersons = forPersons;
		this.forUnits = forUnits;
	}

	public boolean allowedFor(TargetKind kind) {
		return kind == TargetKind.PERSON ? forPersons : forUnits;
	}

	public static List<Form> forTarget(TargetKind kind) {
		return Arrays.stream(values()).filter(form -> form.allowedFor(kind)).toList();
	}

	/** Why this form cannot be given to the kind of target; the API and the importer say it alike. */
	String refusalFor(TargetKind kind) {
		return "'" + name() + "' is not a form for a " + kind.name().toLowerCase() + "; one of " + forTarget(kind);
	}
}
