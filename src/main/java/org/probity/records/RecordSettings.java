package org.probity.records;

import java.nio.file.Path;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param storeDir where document contents are kept
 * @param maxSize the largest document accepted
 * @param retention how long documents of each record type are kept (by owner type; {@code default} for the rest)
 */
@ConfigurationProperties("probity.records")
record RecordSettings(Path storeDir, DataSize maxSize, Map<String, Period> retention) {

	RecordSettings {
		retention = retention == null ? Map.of() : Map.copyOf(retention);
	}

	Period retentionOf(String ownerType) {
		return retention.getOrDefault(ownerType, retention.getOrDefault("default", Period.ofYears(20)));
	}
}
