/**
 * Inspection and supervision by party committees and inspection commissions: programmes and plans, activities on
 * units and persons with their conclusions and follow-up, coverage of a subtree, and the report's inspection figures.
 */
package org.probity.oversight;
