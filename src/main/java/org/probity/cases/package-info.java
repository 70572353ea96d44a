/**
 * Corruption cases and incidents followed from detection to enforcement: dated stages, defendants, damage and
 * recovered assets, and the periods a steering committee monitors and directs them.
 */
package org.probity.cases;
