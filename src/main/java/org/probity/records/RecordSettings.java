package org.probity.records;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param storeDir where document contents are kept
 * @param maxSize the largest document accepted
 */
@ConfigurationProperties("probity.records")
record RecordSettings(Path storeDir, DataSize maxSize) {
}
