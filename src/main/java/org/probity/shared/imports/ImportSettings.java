package org.probity.shared.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param spoolDir where uploaded files wait while they are checked and written
 * @param maxSize the largest file accepted
 */
@ConfigurationProperties("probity.imports")
record ImportSettings(Path spoolDir, DataSize maxSize) {
}
