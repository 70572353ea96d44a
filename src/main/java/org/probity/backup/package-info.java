/**
 * Consistent backups of a whole installation (database tables, documents, keys) and their restore into an empty
 * data directory, on H2 and PostgreSQL alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.probity.backup;
