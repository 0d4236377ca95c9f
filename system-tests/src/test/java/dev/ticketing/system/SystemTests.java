package dev.ticketing.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import com.sun.net.httpserver.HttpServer;
import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.webhooks.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The promises that span both applications, checked the way users and other systems meet
 * them: over HTTP, on the broker, through webhooks.
 */
class SystemTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static RunningSystem system;

	private static Connection broker;

	private static String admin;

	private static JsonNode cti;

	@BeforeAll
	static void start() throws Exception {
		system = RunningSystem.get();
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(system.broker().host());
		factory.setPort(system.broker().port());
		factory.setUsername(system.broker().username());
		factory.setPassword(system.broker().password());
		factory.setVirtualHost(system.broker().virtualHost());
		broker = factory.newConnection();
		admin = "Bearer " + call("POST", "/api/auth/login", Map.of("username", "admin", "password", "admin123"), null)
			.path("token")
			.asString();
		JsonNode category = call("GET", "/api/cti/categories", null, admin).get(0);
		JsonNode type = call("GET", "/api/cti/types?categoryId=" + category.path("id").asString(), null, admin).get(0);
		JsonNode item = call("GET", "/api/cti/items?typeId=" + type.path("id").asString(), null, admin).get(0);
		cti = JSON.valueToTree(Map.of("categoryId", category.path("id").asString(), "typeId",
				type.path("id").asString(), "itemId", item.path("id").asString()));
	}

	@AfterAll
	static void closeBroker() throws IOException {
		broker.close();
	}

	@Test
	void aChangeThroughTheApiIsPublishedWithTheContractAndBecomesExactlyOneAuditEntry() throws Exception {
		try (Channel channel = broker.createChannel()) {
			BlockingQueue<Delivery> events = subscribe(channel, "ticket.#");
			JsonNode ticket = openTicket("Disk full on nas01", admin, null);
			String id = ticket.path("id").asString();
			call("PATCH", "/api/tickets/" + id, Map.of("status", "IN_PROGRESS"), admin);

			Delivery changed = nextEventOf(events, id, "ticket.status_changed");
			AMQP.BasicProperties properties = changed.getProperties();
			assertThat(properties.getContentType()).isEqualTo("application/json");
			assertThat(properties.getType()).isEqualTo("ticket.status_changed");
			assertThat(properties.getDeliveryMode()).isEqualTo(2);
			JsonNode envelope = JSON.readTree(changed.getBody());
			assertThat(properties.getMessageId()).isEqualTo(envelope.path("eventId").asString());
			assertThat(envelope.path("actor").path("username").asString()).isEqualTo("admin");

			await().atMost(PATIENCE).until(() -> call("GET", "/api/tickets/" + id + "/audit", null, admin).size() == 2);
			JsonNode audit = call("GET", "/api/tickets/" + id + "/audit", null, admin);
			assertThat(audit.get(0).path("action").asString()).isEqualTo("STATUS_CHANGED");
			assertThat(audit.get(0).path("detail").asString()).isEqualTo("Open → In Progress");
			assertThat(audit.get(0).path("user").path("username").asString()).isEqualTo("admin");
			assertThat(audit.get(1).path("action").asString()).isEqualTo("CREATED");
			Thread.sleep(500);
			assertThat(call("GET", "/api/tickets/" + id + "/audit", null, admin)).hasSize(2);
		}
	}

	@Test
	void aMessageOnTheIntakeQueueOpensATicketAsGoddardAndTheAuditLogSaysSo() throws Exception {
		String key = UUID.randomUUID().toString();
		String title = "[Plex] Backup " + key;
		try (Channel channel = broker.createChannel()) {
			byte[] body = JSON.writeValueAsBytes(ticketBody(title, null));
			AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
				.headers(Map.of(Messaging.IDEMPOTENCY_KEY_HEADER, key))
				.build();
			channel.basicPublish("", Messaging.TICKET_CREATE_QUEUE, properties, body);
			channel.basicPublish("", Messaging.TICKET_CREATE_QUEUE, properties, body);
		}
		String search = "/api/tickets?search=" + key.substring(0, 8);
		await().atMost(PATIENCE).until(() -> call("GET", search, null, admin).size() == 1);
		JsonNode ticket = call("GET", search, null, admin).get(0);
		assertThat(ticket.path("title").asString()).isEqualTo(title);
		assertThat(ticket.path("createdBy").path("username").asString()).isEqualTo("goddard");

		String audit = "/api/tickets/" + ticket.path("id").asString() + "/audit";
		await().atMost(PATIENCE).until(() -> call("GET", audit, null, admin).size() == 1);
		assertThat(call("GET", audit, null, admin).get(0).path("user").path("username").asString())
			.isEqualTo("goddard");
		assertThat(call("GET", search, null, admin)).hasSize(1);
	}

	@Test
	void aWebhookSubscriberReceivesSignedEventsAndTheApiShowsTheDelivery() throws Exception {
		List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			received.add(Map.of("event", exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER),
					"signature", exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), "body",
					exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try {
			String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			JsonNode webhook = call("POST", "/api/webhooks",
					Map.of("url", url, "eventTypes", List.of("ticket.severity_changed")), admin);
			String secret = webhook.path("secret").asString();
			String id = openTicket("Printer on fire", admin, null).path("id").asString();

			call("PATCH", "/api/tickets/" + id, Map.of("severity", 1), admin);

			await().atMost(PATIENCE).until(() -> !received.isEmpty());
			Map<String, Object> call = received.get(0);
			assertThat(call.get("event")).isEqualTo("ticket.severity_changed");
			assertThat(WebhookSignature.matches(secret, (byte[]) call.get("body"), (String) call.get("signature")))
				.isTrue();
			assertThat(JSON.readTree((byte[]) call.get("body")).path("detail").asString()).isEqualTo("SEV 3 → SEV 1");
			String path = "/api/webhooks/" + webhook.path("id").asString();
			await().atMost(PATIENCE)
				.until(() -> "DELIVERED"
					.equals(call("GET", path, null, admin).path("lastDelivery").path("status").asString()));
		}
		finally {
			receiver.stop(0);
		}
	}

	private static JsonNode openTicket(String title, String auth, String apiKey) throws Exception {
		return call("POST", "/api/tickets", ticketBody(title, null), auth);
	}

	private static Map<String, Object> ticketBody(String title, String assigneeId) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("title", title, "overview", "Seen by monitoring", "severity", 3));
		body.put("categoryId", cti.path("categoryId").asString());
		body.put("typeId", cti.path("typeId").asString());
		body.put("itemId", cti.path("itemId").asString());
		if (assigneeId != null) {
			body.put("assigneeId", assigneeId);
		}
		return body;
	}

	private static BlockingQueue<Delivery> subscribe(Channel channel, String routingKey) throws IOException {
		String queue = channel.queueDeclare().getQueue();
		channel.queueBind(queue, Messaging.EVENTS_EXCHANGE, routingKey);
		BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
		channel.basicConsume(queue, true, (tag, delivery) -> deliveries.add(delivery), (tag) -> {
		});
		return deliveries;
	}

	private static Delivery nextEventOf(BlockingQueue<Delivery> events, String ticketId, String type)
			throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			Delivery delivery = events.poll(1, TimeUnit.SECONDS);
			if (delivery != null && type.equals(delivery.getEnvelope().getRoutingKey())
					&& new String(delivery.getBody(), StandardCharsets.UTF_8).contains(ticketId)) {
				return delivery;
			}
		}
		throw new AssertionError("No " + type + " event of ticket " + ticketId);
	}

	private static JsonNode call(String method, String path, Object body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.api() + path))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? BodyPublishers.ofString(JSON.writeValueAsString(body)) : BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		var response = HTTP.send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

}
