package dev.ticketing.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ of one test run: a Testcontainers broker where Docker is available, else a
 * fresh virtual host on the local broker (made and removed through its management API),
 * so tests never see a developer's messages.
 * {@code TICKETING_TEST_INFRA=local|testcontainers} overrides the choice;
 * {@code TEST_RABBITMQ_HOST}, {@code TEST_RABBITMQ_PORT}, {@code TEST_RABBITMQ_USER},
 * {@code TEST_RABBITMQ_PASSWORD} and {@code TEST_RABBITMQ_MANAGEMENT_URL} point at
 * another local broker.
 */
public record TestBroker(String host, int port, String username, String password, String virtualHost) {

	private static TestBroker instance;

	public static synchronized TestBroker get() {
		if (instance == null) {
			instance = Infrastructure.useTestcontainers() ? startContainer() : createVirtualHost();
		}
		return instance;
	}

	/** The Spring Boot settings that connect an application to this broker. */
	public Map<String, Object> springProperties() {
		return Map.of("spring.rabbitmq.host", this.host, "spring.rabbitmq.port", this.port, "spring.rabbitmq.username",
				this.username, "spring.rabbitmq.password", this.password, "spring.rabbitmq.virtual-host",
				this.virtualHost);
	}

	@SuppressWarnings("resource")
	private static TestBroker startContainer() {
		RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management-alpine");
		container.start();
		return new TestBroker(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
				container.getAdminPassword(), "/");
	}

	private static TestBroker createVirtualHost() {
		String host = env("TEST_RABBITMQ_HOST", "127.0.0.1");
		int port = Integer.parseInt(env("TEST_RABBITMQ_PORT", "5672"));
		String user = env("TEST_RABBITMQ_USER", "guest");
		String password = env("TEST_RABBITMQ_PASSWORD", "guest");
		String management = env("TEST_RABBITMQ_MANAGEMENT_URL", "http://" + host + ":15672");
		String vhost = "ticketing_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Management api = new Management(management, user, password);
		api.put("/api/vhosts/" + vhost, "{}");
		api.put("/api/permissions/" + vhost + "/" + user, "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> api.delete("/api/vhosts/" + vhost)));
		return new TestBroker(host, port, user, password, vhost);
	}

	private static String env(String name, String fallback) {
		return System.getenv().getOrDefault(name, fallback);
	}

	private record Management(String url, String user, String password) {

		void put(String path, String body) {
			send(HttpRequest.newBuilder(URI.create(this.url + path))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body)));
		}

		void delete(String path) {
			send(HttpRequest.newBuilder(URI.create(this.url + path)).DELETE());
		}

		private void send(HttpRequest.Builder request) {
			String credentials = Base64.getEncoder()
				.encodeToString((this.user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
			try {
				var response = HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.build()
					.send(request.header("Authorization", "Basic " + credentials).build(), BodyHandlers.ofString());
				if (response.statusCode() >= 300) {
					throw new IllegalStateException("RabbitMQ management API answered " + response.statusCode() + " "
							+ response.body() + " (is rabbitmq_management enabled? see .ci/run)");
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("RabbitMQ management API unreachable at " + this.url
						+ " (rabbitmq-plugins enable rabbitmq_management)", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
