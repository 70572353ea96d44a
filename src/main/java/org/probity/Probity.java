package org.probity;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Probity {

	/** Options that make the server do one job (back up, restore, rebuild the search index) and exit instead of serving. */
	private static final Set<String> ONE_SHOT = Set.of("--backup", "--restore", "--reindex");

	public static void main(String[] args) {
		boolean oneShot = Arrays.stream(args).anyMatch(arg -> ONE_SHOT.contains(arg.split("=", 2)[0]));
		if (!oneShot) {
			SpringApplication.run(Probity.class, args);
			return;
		}
		// A one-shot job still builds the web context (security needs it) but opens no port.
		String[] quiet = Arrays.copyOf(args, args.length + 1);
		quiet[args.length] = "--server.port=-1";
		ConfigurableApplicationContext context = SpringApplication.run(Probity.class, quiet);
		System.exit(SpringApplication.exit(context));
	}
}
