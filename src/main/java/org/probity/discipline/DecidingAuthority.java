package org.probity.discipline;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.probity.units.UnitKind;
import org.probity.units.UnitView;

/**
 * Which body may decide which discipline (after the Party Charter's levels, simplified to what the unit tree can
 * tell). A party committee, an inspection commission or another agency acts for the unit it belongs to (its parent),
 * any other unit for its own subtree; the target must lie within that reach. An organisation is disciplined only by
 * a body above it, never by itself. A party cell may only reprimand or warn its own members: removal and expulsion
 * take a committee.
 */
final class DecidingAuthority {

	private static final Set<UnitKind> ACTING_FOR_PARENT = EnumSet.of(UnitKind.PARTY_COMMITTEE,
			UnitKind.GRASSROOTS_COMMITTEE, UnitKind.AGENCY);

	private DecidingAuthority() {
	}

	/** Why the body may not decide this; empty when it may. */
	static Optional<String> refusal(UnitView body, TargetKind kind, String targetCode, String targetPath, Form form) {
		String reach = reach(body);
		if (!targetPath.startsWith(reach)) {
			return Optional.of("'" + body.code() + "' cannot discipline " + targetCode + ", which lies outside its "
					+ "level; a body whose subtree holds both decides");
		}
		if (kind == TargetKind.UNIT && (targetCode.equals(body.code()) || targetPath.length() <= reach.length())) {
			return Optional.of("'" + body.code() + "' cannot discipline its own organisation; the level above decides");
		}
		if (body.kind() == UnitKind.PARTY_CELL && (kind == TargetKind.UNIT || form == Form.REMOVAL
				|| form == Form.EXPULSION)) {
			return Optional.of("a party cell may only reprimand or warn its members; " + form
					+ " is decided by a party committee");
		}
		return Optional.empty();
	}

	/** The path of the subtree a body decides for. */
	static String reach(UnitView body) {
		if (ACTING_FOR_PARENT.contains(body.kind()) && body.parentCode() != null) {
			return body.path().substring(0, body.path().length() - body.code().length() - 1);
		}
		return body.path();
	}
}
