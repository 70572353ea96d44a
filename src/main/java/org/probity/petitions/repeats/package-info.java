/**
 * Repeat detection: what a petition is about (official, plot, sum, dates, text signature) and whether two
 * petitions tell the same matter.
 */
package org.probity.petitions.repeats;
