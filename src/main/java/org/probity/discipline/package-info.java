/**
 * Party discipline: decisions on members and organisations, the forms each may receive, the statute of
 * limitations, and appeals.
 */
package org.probity.discipline;
