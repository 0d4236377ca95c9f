package dev.ticketing.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Where a test run gets its servers: Testcontainers where Docker is available, else the
 * local servers; {@code TICKETING_TEST_INFRA=local|testcontainers} decides instead.
 */
final class Infrastructure {

	private Infrastructure() {
	}

	/**
	 * Asking Testcontainers on a machine without Docker logs a page of errors; most such
	 * machines say so sooner.
	 */
	private static boolean mayHaveDocker() {
		return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
	}

	static boolean useTestcontainers() {
		String choice = System.getenv().getOrDefault("TICKETING_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
		return switch (choice) {
			case "local" -> false;
			case "testcontainers" -> true;
			default -> mayHaveDocker() && DockerClientFactory.instance().isDockerAvailable();
		};
	}

}
