package org.probity.records;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param storeDir where document contents are kept
 * @param maxSize the largest document accepted
 * @param tesseract the Tesseract command (a name looked up on the PATH, or a full path)
 * @param tessdata Tesseract's language data; when unset, {@code TESSDATA_PREFIX} or the usual Debian folders
 * @param ocrLanguages the languages scans are read in
 * @param ocrTimeout the longest one page may take before Tesseract is stopped
 * @param maxBatchSize the largest ZIP of scans accepted
 * @param maxBatchEntries the most entries a ZIP of scans may hold
 * @param maxBatchUnpacked the most a ZIP of scans may unpack to, all entries together
 * @param retention how long documents of each record type are kept (by owner type; {@code default} for the rest)
 */
@ConfigurationProperties("probity.records")
record RecordSettings(Path storeDir, DataSize maxSize, @DefaultValue("tesseract") String tesseract, Path tessdata,
		@DefaultValue("vie+eng") String ocrLanguages, @DefaultValue("120s") Duration ocrTimeout,
		@DefaultValue("1GB") DataSize maxBatchSize, @DefaultValue("5000") int maxBatchEntries,
		@DefaultValue("4GB") DataSize maxBatchUnpacked, Map<String, Period> retention) {

	RecordSettings {
		retention = retention == null ? Map.of() : Map.copyOf(retention);
	}

	Period retentionOf(String ownerType) {
		return retention.getOrDefault(ownerType, retention.getOrDefault("default", Period.ofYears(20)));
	}
}
