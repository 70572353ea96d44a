package org.probity.reports.web;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param termFrom first day of the current party term, for the report page's "term" preset
 * @param termTo last day of that term
 */
@ConfigurationProperties("probity.reports")
record ReportSettings(LocalDate termFrom, LocalDate termTo) {
}
