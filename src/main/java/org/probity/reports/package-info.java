/**
 * Reports: the oversight report of a unit's subtree over a period, computed from the other modules' records, with a
 * drill-down link for every figure, a narrative and XLSX/PDF exports.
 */
package org.probity.reports;
