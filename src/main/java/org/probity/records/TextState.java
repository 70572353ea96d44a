package org.probity.records;

/** Where reading a document's text stands: waiting, being read, read (by Tika or OCR), or why not. */
public enum TextState {
	PENDING, RUNNING, EXTRACTED, OCR_DONE, OCR_UNAVAILABLE, FAILED;

	public boolean finished() {
		return this != PENDING && this != RUNNING;
	}
}
