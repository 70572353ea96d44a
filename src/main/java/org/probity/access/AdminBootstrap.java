package org.probity.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates {@code admin} from {@code PROBITY_ADMIN_PASSWORD} on a database that has no such user yet. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserManagement users;

	private final AccessSettings settings;

	AdminBootstrap(UserManagement users, AccessSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = settings.adminPassword();
		if (password != null && !password.isBlank() && users.bootstrapAdmin(password)) {
			log.info("Created user 'admin' (role ADMIN) from PROBITY_ADMIN_PASSWORD");
		}
	}
}
