package org.probity;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Probity {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(Probity.class);
		if (List.of(args).contains("--reindex")) {
			// a command that rebuilds the search index and exits: no web server, no port taken
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		application.run(args);
	}
}
