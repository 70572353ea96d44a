/**
 * Documents and attachments on any record (a content-addressed store behind an interface, types told from content),
 * custody of closed units' records and the handover manifests that list them, and retention with disposal.
 */
package org.probity.records;
