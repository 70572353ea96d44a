package org.probity.records;

import java.math.BigDecimal;

/**
 * The reading of a document's text: its state, why it failed or could not run, Tesseract's mean word confidence
 * (0–100) when it was read by OCR, and pages read so far out of the pages to read.
 */
public record DocumentText(TextState state, String reason, BigDecimal ocrConfidence, int pagesDone, int pagesTotal) {

	/** Percent done, for a progress bar. */
	public int percent() {
		return pagesTotal <= 0 ? (state.finished() ? 100 : 0) : Math.min(100, pagesDone * 100 / pagesTotal);
	}
}
