package dev.ticketing.testsupport;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Where a test run gets its servers: Testcontainers where Docker is available, else the
 * local servers; {@code TICKETING_TEST_INFRA=local|testcontainers} decides instead.
 */
final class Infrastructure {

	private Infrastructure() {
	}

	static boolean useTestcontainers() {
		String choice = System.getenv().getOrDefault("TICKETING_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
		return switch (choice) {
			case "local" -> false;
			case "testcontainers" -> true;
			default -> DockerClientFactory.instance().isDockerAvailable();
		};
	}

}
