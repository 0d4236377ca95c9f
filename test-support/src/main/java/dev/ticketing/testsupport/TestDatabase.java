package dev.ticketing.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run: a Testcontainers PostgreSQL where Docker is
 * available, else a fresh database on the local server, dropped when the run ends.
 * {@code TICKETING_TEST_INFRA=local|testcontainers} overrides the choice;
 * {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER} and
 * {@code TEST_POSTGRES_PASSWORD} point at another local server.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = Infrastructure.useTestcontainers() ? startContainer() : createLocalDatabase();
		}
		return instance;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	@SuppressWarnings("resource")
	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
		container.start();
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static TestDatabase createLocalDatabase() {
		String adminUrl = System.getenv()
			.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
		String name = "ticketing_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(adminUrl, user, password, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(adminUrl, user, password, "drop database if exists " + name + " with (force)")));
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
		return new TestDatabase(url, user, password);
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

}
