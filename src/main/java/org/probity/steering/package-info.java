/**
 * Anti-corruption steering committees: their members and meetings, the directions and tasks they give with owners
 * and deadlines, annual work programmes, targets with their attainment, and evaluations that rank units.
 */
package org.probity.steering;
