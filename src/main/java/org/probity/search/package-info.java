/**
 * One full-text search over every module's records, folded for Vietnamese diacritics and scoped to the reader's
 * jurisdiction inside the query; embedded Lucene by default, an OpenSearch or Elasticsearch cluster by configuration.
 * <p>
 * A module makes an entity searchable with {@link org.probity.shared.search.Searchable} and
 * {@link org.probity.shared.search.HasSearchCard}; this module never sees the entity classes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.probity.search;
