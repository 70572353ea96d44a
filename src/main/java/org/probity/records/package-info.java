/**
 * Documents and attachments on any record: a content-addressed store behind an interface, types told from content.
 */
package org.probity.records;
