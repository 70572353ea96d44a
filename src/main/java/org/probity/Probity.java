package org.probity;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Probity {

	public static void main(String[] args) {
		if (List.of(args).contains("--reindex")) {
			// a command that rebuilds the search index and exits: it serves nothing, so it takes no port
			args = Arrays.copyOf(args, args.length + 1);
			args[args.length - 1] = "--server.port=-1";
		}
		SpringApplication.run(Probity.class, args);
	}
}
