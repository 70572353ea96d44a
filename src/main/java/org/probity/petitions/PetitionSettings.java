package org.probity.petitions;

import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;

import org.probity.petitions.clock.JurisdictionProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param profile which statutory time limits apply by default
 * @param holidays extra days off beyond the built-in Vietnamese calendar
 * @param remoteUnits codes of units in remote areas, whose subtrees get the remote time limits
 * @param dueSoonDays how many days before its deadline a petition counts as due soon
 * @param identityKey base64 AES key sealing reporters' identities; when empty, a key is made once and kept in
 * {@code keyFile} (set the same key on every node)
 * @param keyFile where the generated key is kept
 * @param portalPerHour public submissions accepted per client address and hour
 * @param portalLookupsPerHour receipt-code lookups on the portal accepted per client address and hour
 */
@ConfigurationProperties("probity.petitions")
record PetitionSettings(JurisdictionProfile profile, List<LocalDate> holidays, List<String> remoteUnits,
		int dueSoonDays, String identityKey, Path keyFile, int portalPerHour,
		@DefaultValue("60") int portalLookupsPerHour) {

	PetitionSettings {
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
		remoteUnits = remoteUnits == null ? List.of() : List.copyOf(remoteUnits);
	}
}
