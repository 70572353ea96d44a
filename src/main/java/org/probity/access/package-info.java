/**
 * Users, roles and jurisdiction scopes, sign-in and API tokens, and the tamper-evident audit log.
 */
package org.probity.access;
