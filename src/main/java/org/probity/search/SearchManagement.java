package org.probity.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.TypedSearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.probity.shared.Actors;
import org.probity.shared.Folding;
import org.probity.shared.Jurisdiction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.probity.shared.search.SearchFields.KEY;
import static org.probity.shared.search.SearchFields.LINK;
import static org.probity.shared.search.SearchFields.SCOPE;
import static org.probity.shared.search.SearchFields.STATUS;
import static org.probity.shared.search.SearchFields.TEXT;
import static org.probity.shared.search.SearchFields.TITLE;
import static org.probity.shared.search.SearchFields.TYPE;
import static org.probity.shared.search.SearchFields.UNIT;
import static org.probity.shared.search.SearchFields.YEAR;

/**
 * Searches every searchable record the reader may see: the jurisdiction is a filter inside the query, so hits,
 * totals and facet counts never include what lies outside it. Reads only the index, never the entities.
 */
@Service
public class SearchManagement {

	static final int PAGE_SIZE = 20;

	private static final int SNIPPET = 200;

	private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of(TYPE);

	private static final AggregationKey<Map<String, Long>> UNITS = AggregationKey.of(UNIT);

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(YEAR);

	private static final AggregationKey<Map<String, Long>> STATUSES = AggregationKey.of(STATUS);

	private final EntityManager entityManager;

	private final FacetLabels labels;

	private final Reindexing reindexing;

	SearchManagement(EntityManager entityManager, FacetLabels labels, Reindexing reindexing) {
		this.entityManager = entityManager;
		this.labels = labels;
		this.reindexing = reindexing;
	}

	/** Empties the index and builds it again from the database (ADMIN); answers how many documents it holds. */
	public long rebuildIndex() {
		if (!Actors.hasAnyRole("ADMIN")) {
			throw new AccessDeniedException("Only an administrator may rebuild the search index");
		}
		return reindexing.rebuild();
	}

	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		if (query.isBlank()) {
			return SearchResults.none(query.page());
		}
		String scope = Jurisdiction.scopePath();
		SearchResult<SearchHit> result = Search.session(entityManager)
			.search(Object.class)
			.select(f -> hit(f))
			.where(f -> matching(f, query, scope))
			.highlighter(h -> h.plain()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(SNIPPET)
				.numberOfFragments(1)
				.noMatchSize(SNIPPET))
			.aggregation(TYPES, f -> f.terms().field(TYPE, String.class).maxTermCount(20))
			.aggregation(UNITS, f -> f.terms().field(UNIT, String.class).maxTermCount(15))
			.aggregation(YEARS, f -> f.terms().field(YEAR, Integer.class).maxTermCount(15))
			.aggregation(STATUSES, f -> f.terms().field(STATUS, String.class).maxTermCount(20))
			.fetch(query.page() * PAGE_SIZE, PAGE_SIZE);
		Map<String, List<SearchResults.Facet>> facets = Map.of(TYPE, labels.types(result.aggregation(TYPES)),
				UNIT, labels.units(result.aggregation(UNITS)), YEAR, labels.years(result.aggregation(YEARS)), STATUS,
				labels.statuses(result.aggregation(STATUSES)));
		return new SearchResults(result.total().hitCount(), result.hits(), query.page(), PAGE_SIZE, facets);
	}

	private static <SR> PredicateFinalStep matching(TypedSearchPredicateFactory<SR> f, SearchQuery query, String scope) {
		var words = f.bool()
			.should(f.simpleQueryString()
				.field(TITLE).boost(2f).field(TEXT)
				.matching(query.text())
				.defaultOperator(BooleanOperator.AND)
				.boost(3f));
		List<String> tolerant = QueryText.words(query.text());
		if (tolerant != null) {
			words.should(tolerant(f, tolerant));
		}
		var where = f.bool().must(words).filter(f.prefix().field(SCOPE).matching(scope));
		if (query.type() != null) {
			where.filter(f.match().field(TYPE).matching(query.type()));
		}
		if (query.unit() != null) {
			where.filter(f.match().field(UNIT).matching(query.unit()));
		}
		if (query.year() != null) {
			where.filter(f.match().field(YEAR).matching(query.year()));
		}
		if (query.status() != null) {
			where.filter(f.match().field(STATUS).matching(query.status()));
		}
		return where;
	}

	/**
	 * Every word, in the title or the text, give or take a typo; the last one may also be a prefix. The word as
	 * written scores more than its near misses, so "hoanh" ranks Hoành above Hoàng.
	 */
	private static <SR> PredicateFinalStep tolerant(TypedSearchPredicateFactory<SR> f, List<String> words) {
		var all = f.bool();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			var either = f.or().add(f.match().field(TITLE).field(TEXT).matching(word).boost(2f));
			if (QueryText.forgiving(word)) {
				either.add(f.match().field(TITLE).field(TEXT).matching(word).fuzzy(1, 1));
			}
			if (i == words.size() - 1) {
				either.add(f.prefix().field(TITLE).field(TEXT).matching(Folding.fold(word)));
			}
			all.must(either);
		}
		return all;
	}

	private static <SR> ProjectionFinalStep<SearchHit> hit(TypedSearchProjectionFactory<SR, ?, ?> f) {
		return f.composite()
			.from(f.field(TYPE, String.class), f.field(KEY, String.class), f.field(TITLE, String.class),
					f.highlight(TEXT).single(), f.field(LINK, String.class))
			.asList(values -> new SearchHit((String) values.get(0), (String) values.get(1), (String) values.get(2),
					Objects.requireNonNullElse((String) values.get(3), ""), (String) values.get(4)));
	}
}
