/**
 * Statutory clocks: the working-day calendar, the rule table per petition kind and jurisdiction profile, deadlines.
 * Exposed to other modules because {@link org.probity.petitions.clock.Complexity} is part of the petitions API.
 */
@NamedInterface("clock")
package org.probity.petitions.clock;

import org.springframework.modulith.NamedInterface;
