package org.kring.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Stops a production start that has no real database before anything else happens, with
 * one line that names the missing setting: the embedded database is for trying Kring out,
 * never a silent fallback.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	static final String DB_URL = "kring.db.url";

	static final String MESSAGE = "Kring cannot start: set KRING_DB_URL (kring.db.url) to the JDBC URL of a PostgreSQL database, or run with the 'dev' profile for the embedded one.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (missingDatabase(environment)) {
			System.err.println(MESSAGE);
			System.exit(2);
		}
	}

	static boolean missingDatabase(ConfigurableEnvironment environment) {
		return !StringUtils.hasText(environment.getProperty(DB_URL));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
