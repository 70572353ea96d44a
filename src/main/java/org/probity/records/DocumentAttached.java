package org.probity.records;

/** A document was stored; its text is read once the transaction that stored it has committed. */
record DocumentAttached(long id) {
}
