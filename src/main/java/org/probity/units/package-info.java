/**
 * The tree of organisations (administrative units, party committees and cells, agencies) with validity periods and
 * the successions that merges and splits leave behind.
 */
package org.probity.units;
