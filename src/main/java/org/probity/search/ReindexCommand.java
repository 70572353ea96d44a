package org.probity.search;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar probity.jar --reindex}: rebuilds the whole index from the database, then exits. With the
 * embedded index, stop the running application first (they would share the index and database files); a running
 * application is rebuilt with {@code POST /api/v1/search/reindex} instead.
 */
@Component
@Order(5)
class ReindexCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

	private final Reindexing reindexing;

	private final IntConsumer exit;

	@Autowired
	ReindexCommand(Reindexing reindexing, ConfigurableApplicationContext context) {
		this(reindexing, code -> System.exit(SpringApplication.exit(context, () -> code)));
	}

	ReindexCommand(Reindexing reindexing, IntConsumer exit) {
		this.reindexing = reindexing;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("reindex")) {
			return;
		}
		long started = System.nanoTime();
		long documents = reindexing.rebuild();
		log.info("Search index rebuilt: {} documents in {} ms", documents, (System.nanoTime() - started) / 1_000_000);
		exit.accept(0);
	}
}
