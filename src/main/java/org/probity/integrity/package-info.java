/**
 * Integrity: early-warning signals computed from the other modules' events, the integrity profile of a person
 * gathered through their façades, and vetting requests for admission or a post.
 */
package org.probity.integrity;
