package org.probity.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.probity.shared.RecordMoved;
import org.probity.shared.imports.DatasetImported;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.SearchFields;
import org.probity.units.UnitMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step where Hibernate Search cannot see the change: rows written by SQL (CSV imports, paths
 * rewritten when a unit or an owning record moves), and an empty index beside a full database (the first start
 * after an upgrade). Each runs once the writing transaction has committed; a failure is logged, never undoes the
 * write, and {@code --reindex} repairs it.
 */
@Component
class IndexUpkeep {

	private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

	/** Re-indexes a little more than the import wrote rather than miss a row to a clock adjustment. */
	private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

	private final Reindexing reindexing;

	private final SearchSettings settings;

	IndexUpkeep(Reindexing reindexing, SearchSettings settings) {
		this.reindexing = reindexing;
		this.settings = settings;
	}

	/** A dataset's type shares its name (see {@code @Searchable}); its rows may have been written by SQL. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(DatasetImported imported) {
		SearchIndexedEntity<?> type = reindexing.types().get(imported.dataset());
		if (type != null) {
			safely("import of " + imported.dataset(),
					() -> reindexing.refreshChanged(type, imported.writingFrom().minus(CLOCK_MARGIN)));
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UnitMoved moved) {
		safely("move of " + moved.code(), () -> reindexing.reindexWhere(SearchFields.SCOPE, moved.oldPath(), true));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(RecordMoved moved) {
		String owner = SearchCard.owner(moved.ownerType(), moved.ownerId());
		safely("move of " + owner, () -> reindexing.reindexWhere(SearchFields.OWNER, owner, false));
	}

	@EventListener
	void on(ApplicationReadyEvent ready) {
		if (settings.indexOnStart() && !List.of(ready.getArgs()).contains("--reindex")) {
			Thread.ofVirtual().name("search-fill").start(() -> safely("start", this::fillEmpty));
		}
	}

	/** Indexes every type whose index is empty while the database holds rows of it; answers those types. */
	List<String> fillEmpty() {
		Map<String, SearchIndexedEntity<?>> types = reindexing.types();
		List<String> empty = types.keySet()
			.stream()
			.filter(type -> reindexing.count(type) == 0 && reindexing.hasRows(types.get(type)))
			.sorted()
			.toList();
		if (!empty.isEmpty()) {
			log.info("Search: indexing {}, whose index is empty", empty);
			reindexing.fill(empty.stream().<SearchIndexedEntity<?>>map(types::get).toList());
		}
		return empty;
	}

	private static void safely(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException failure) {
			log.warn("Search: the index could not follow the {}; run --reindex to repair it", what, failure);
		}
	}
}
