/**
 * Persons (members, officials, cadres) with the posts they held over time and their party membership.
 */
package org.probity.people;
