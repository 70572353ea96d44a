package org.probity.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword creates {@code admin} at start-up when set and no such user exists
 * @param maxFailures failed sign-ins allowed per user name within {@code failureWindow}
 * @param maxFailuresPerAddress failed sign-ins allowed per client address within {@code failureWindow}
 */
@ConfigurationProperties("probity.access")
record AccessSettings(String adminPassword, int maxFailures, int maxFailuresPerAddress, Duration failureWindow) {
}
