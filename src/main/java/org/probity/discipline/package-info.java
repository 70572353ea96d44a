/**
 * Party discipline: decisions on members and organisations by bodies of the right level, the forms each may receive,
 * the statute of limitations, appeals, disclosure, and the administrative discipline that must follow.
 */
package org.probity.discipline;
