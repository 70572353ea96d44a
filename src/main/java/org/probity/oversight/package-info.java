/**
 * Inspection and supervision activities by party committees and inspection commissions, on units and persons, with
 * their conclusions and the report's inspection figures.
 */
package org.probity.oversight;
