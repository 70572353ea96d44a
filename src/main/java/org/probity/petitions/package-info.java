/**
 * Petitions (complaints, denunciations, recommendations, reflections) from every channel, from intake to a settled,
 * answered matter: repeats, statutory clocks, workflow, sealed reporter identity, the public portal.
 */
package org.probity.petitions;
