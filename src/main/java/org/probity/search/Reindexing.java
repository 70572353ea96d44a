package org.probity.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;
import org.probity.shared.Jurisdiction;
import org.probity.shared.ScopedPrincipal;
import org.probity.shared.search.SearchFields;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the index from the database, whole or in part, always as the system (nation-wide): the jurisdiction filter
 * would otherwise hide rows from the indexer's own threads. Runs in transactions of its own, so it can be called
 * after another transaction committed.
 */
@Component
class Reindexing {

	private static final int BATCH = 500;

	private final EntityManagerFactory factory;

	private final EntityManager entityManager;

	private final TransactionTemplate ownTransaction;

	Reindexing(EntityManagerFactory factory, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.factory = factory;
		this.entityManager = entityManager;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Every searchable entity by its type (the index name), such as {@code petitions}. */
	Map<String, SearchIndexedEntity<?>> types() {
		return Search.mapping(factory)
			.allIndexedEntities()
			.stream()
			.collect(Collectors.toMap(type -> type.indexManager().descriptor().hibernateSearchName(),
					Function.identity()));
	}

	/** Empties every index and indexes every record again; answers how many documents the index then holds. */
	long rebuild() {
		run(indexer(types().values()).purgeAllOnStart(true));
		return count(null);
	}

	/** Indexes every record of the types, emptying their indexes first: for indexes found empty at start-up. */
	void fill(Collection<SearchIndexedEntity<?>> types) {
		if (!types.isEmpty()) {
			run(indexer(types).purgeAllOnStart(true));
		}
	}

	/**
	 * Indexes again the records of a type changed since the instant, going by their {@code updatedAt} (all of them
	 * when the type has no such property); document by document, so what is already indexed is replaced, not doubled.
	 */
	<E> void refreshChanged(SearchIndexedEntity<E> type, Instant since) {
		boolean dated = hasUpdatedAt(type);
		asSystem(session -> {
			Session orm = entityManager.unwrap(Session.class);
			var query = orm.createSelectionQuery("from " + type.jpaName() + " e"
					+ (dated ? " where e.updatedAt >= :since" : ""), type.javaClass());
			if (dated) {
				query.setParameter("since", since);
			}
			try (ScrollableResults<E> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
				for (int count = 1; rows.next(); count++) {
					session.indexingPlan().addOrUpdate(rows.get());
					if (count % BATCH == 0) {
						session.indexingPlan().execute();
						orm.clear();
					}
				}
			}
			return null;
		});
	}

	private boolean hasUpdatedAt(SearchIndexedEntity<?> type) {
		return factory.getMetamodel()
			.entity(type.javaClass())
			.getAttributes()
			.stream()
			.anyMatch(attribute -> attribute.getName().equals("updatedAt") && attribute.getJavaType() == Instant.class);
	}

	/** Documents of a type, or of all types when null, whatever their jurisdiction. */
	long count(String type) {
		return asSystem(session -> session.search(Object.class)
			.where(f -> type == null ? f.matchAll() : f.match().field(SearchFields.TYPE).matching(type))
			.fetchTotalHitCount());
	}

	/** Whether the database holds at least one row of the type, whatever its jurisdiction. */
	boolean hasRows(SearchIndexedEntity<?> type) {
		return asSystem(session -> !entityManager.createQuery("select 1 from " + type.jpaName(), Integer.class)
			.setMaxResults(1)
			.getResultList()
			.isEmpty());
	}

	/**
	 * Indexes again, from the database, every record whose document has the value (or, as a prefix, starts with
	 * it) in the field: records that SQL moved to a new path or owner. Answers how many there were.
	 */
	int reindexWhere(String field, String value, boolean prefix) {
		List<EntityReference> found = new ArrayList<>();
		asSystem(session -> {
			try (var scroll = session.search(Object.class)
				.select(f -> f.entityReference())
				.where(f -> prefix ? f.prefix().field(field).matching(value) : f.match().field(field).matching(value))
				.scroll(BATCH)) {
				for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					found.addAll(chunk.hits());
				}
			}
			return null;
		});
		for (int from = 0; from < found.size(); from += BATCH) {
			List<EntityReference> batch = found.subList(from, Math.min(found.size(), from + BATCH));
			asSystem(session -> {
				batch.forEach(ref -> reindex(session, ref));
				return null;
			});
		}
		return found.size();
	}

	private void reindex(SearchSession session, EntityReference ref) {
		Object entity = entityManager.find(ref.type(), ref.id());
		if (entity == null) {
			session.indexingPlan().purge(ref.name(), ref.id(), null);
		}
		else {
			session.indexingPlan().addOrUpdate(entity);
		}
	}

	private <T> T asSystem(Function<SearchSession, T> work) {
		return Jurisdiction.asSystem(() -> ownTransaction.execute(status -> work.apply(Search.session(entityManager))));
	}

	private MassIndexer indexer(Collection<SearchIndexedEntity<?>> types) {
		List<Class<?>> classes = types.stream().<Class<?>>map(SearchIndexedEntity::javaClass).toList();
		return Search.mapping(factory)
			.scope(classes)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.environment(new AsSystem());
	}

	private static void run(MassIndexer indexer) {
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", ex);
		}
	}

	/** Each indexer thread reads as the system. */
	private static final class AsSystem implements MassIndexingEnvironment {

		@Override
		public void beforeExecution(Context context) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SystemReader(), null, List.of()));
		}

		@Override
		public void afterExecution(Context context) {
			SecurityContextHolder.clearContext();
		}
	}

	private record SystemReader() implements ScopedPrincipal {

		@Override
		public String username() {
			return "system";
		}

		@Override
		public String scopePath() {
			return Jurisdiction.NATIONWIDE;
		}
	}
}
