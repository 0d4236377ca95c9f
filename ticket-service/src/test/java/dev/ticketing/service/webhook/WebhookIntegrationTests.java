package dev.ticketing.service.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.webhook.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WebhookIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRET = "a-shared-secret-of-some-length";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Caller admin;

	WebhookReceiver receiver;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.admin();
		this.receiver = WebhookReceiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void anAdminCreatesReadsChangesAndDeletesAWebhook() {
		ApiResponse created = this.api.post("/api/webhooks",
				Map.of("url", this.receiver.url(), "secret", SECRET, "eventTypes", List.of("ticket.created")),
				this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "url", "eventTypes", "active",
				"createdAt", "updatedAt", "lastDelivery");
		assertThat(created.text("url")).isEqualTo(this.receiver.url());
		assertThat(strings(created.json().path("eventTypes"))).containsExactly("ticket.created");
		assertThat(created.json().path("active").asBoolean()).isTrue();
		assertThat(created.json().path("lastDelivery").isNull()).isTrue();
		assertThat(created.text("createdAt")).isEqualTo(created.text("updatedAt"));
		String id = created.text("id");

		ApiResponse read = this.api.get("/api/webhooks/" + id, this.admin);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(created.json());
		assertThat(ids(this.api.get("/api/webhooks", this.admin))).contains(id);

		String moved = "https://hooks.example.com/ticketing?team=ops";
		ApiResponse changed = this.api.patch("/api/webhooks/" + id,
				Map.of("url", moved, "eventTypes", List.of("ticket.deleted", "ticket.status_changed"), "active", false),
				this.admin);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.text("url")).isEqualTo(moved);
		assertThat(strings(changed.json().path("eventTypes"))).containsExactly("ticket.status_changed",
				"ticket.deleted");
		assertThat(changed.json().path("active").asBoolean()).isFalse();
		assertThat(changed.text("createdAt")).isEqualTo(created.text("createdAt"));
		assertThat(Instant.parse(changed.text("updatedAt"))).isAfter(Instant.parse(created.text("updatedAt")));
		assertThat(this.api.get("/api/webhooks/" + id, this.admin).json()).isEqualTo(changed.json());

		assertThat(this.api.patch("/api/webhooks/" + id, Map.of(), this.admin).json().path("url").asString())
			.isEqualTo(moved);

		assertThat(this.api.delete("/api/webhooks/" + id, this.admin).status()).isEqualTo(204);
		assertThat(this.api.get("/api/webhooks/" + id, this.admin).status()).isEqualTo(404);
		assertThat(ids(this.api.get("/api/webhooks", this.admin))).doesNotContain(id);
	}

	@Test
	void aGeneratedSecretIsShownOnceAndNeverAgain() {
		ApiResponse created = this.api.post("/api/webhooks", Map.of("url", this.receiver.url()), this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String secret = created.text("secret");
		assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 43).matches("whsec_[A-Za-z0-9_-]+");
		String id = created.text("id");

		assertNoSecret(this.api.get("/api/webhooks/" + id, this.admin), secret);
		assertNoSecret(this.api.get("/api/webhooks", this.admin), secret);
		assertThat(storedSecret(id)).isEqualTo(secret);

		ApiResponse regenerated = this.api.patch("/api/webhooks/" + id, Map.of("regenerateSecret", true), this.admin);
		assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
		String newSecret = regenerated.text("secret");
		assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
		assertThat(storedSecret(id)).isEqualTo(newSecret);
		assertNoSecret(this.api.get("/api/webhooks/" + id, this.admin), newSecret);
		assertNoSecret(this.api.get("/api/webhooks", this.admin), newSecret);

		ApiResponse replaced = this.api.patch("/api/webhooks/" + id, Map.of("secret", SECRET), this.admin);
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertNoSecret(replaced, SECRET);
		assertThat(storedSecret(id)).isEqualTo(SECRET);
	}

	@Test
	void aGivenSecretIsNeverReturned() {
		ApiResponse created = this.api.post("/api/webhooks", Map.of("url", this.receiver.url(), "secret", SECRET),
				this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertNoSecret(created, SECRET);
		assertThat(storedSecret(created.text("id"))).isEqualTo(SECRET);
	}

	@Test
	void withoutEventTypesAWebhookGetsEveryEventAndTypesAreListedOnceInContractOrder() {
		ApiResponse every = this.api.post("/api/webhooks", Map.of("url", this.receiver.url()), this.admin);
		assertThat(every.json().path("eventTypes").isArray()).isTrue();
		assertThat(strings(every.json().path("eventTypes"))).isEmpty();

		ApiResponse some = this.api.post("/api/webhooks", Map.of("url", this.receiver.url(), "eventTypes",
				List.of("ticket.deleted", "ticket.created", "ticket.deleted")), this.admin);
		assertThat(some.status()).as(some.toString()).isEqualTo(201);
		assertThat(strings(some.json().path("eventTypes"))).containsExactly("ticket.created", "ticket.deleted");

		ApiResponse cleared = this.api.patch("/api/webhooks/" + some.text("id"), Map.of("eventTypes", List.of()),
				this.admin);
		assertThat(strings(cleared.json().path("eventTypes"))).isEmpty();
	}

	@Test
	void aWebhookCanBeCreatedInactive() {
		ApiResponse created = this.api.post("/api/webhooks", Map.of("url", this.receiver.url(), "active", false),
				this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("active").asBoolean()).isFalse();
	}

	@Test
	void theUrlMustBeAnAbsoluteHttpOrHttpsUrl() {
		for (Object url : Arrays.asList("ftp://example.com/hook", "/api/hook", "example.com/hook", "http://",
				"http:///hook", "https://exa mple.com/", "mailto:ops@example.com", "", "   ", null, 42)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("url", url);
			ApiResponse refused = this.api.post("/api/webhooks", body, this.admin);
			assertThat(refused.status()).as("%s → %s", url, refused).isEqualTo(400);
			assertThat(refused.errorFields()).as("%s", url).containsExactly("url");
		}
		assertThat(
				this.api.post("/api/webhooks", Map.of("url", "HTTPS://Example.com:8443/a/b?c=d"), this.admin).status())
			.isEqualTo(201);

		String id = create(this.receiver.url());
		ApiResponse refused = this.api.patch("/api/webhooks/" + id,
				Map.of("url", "ftp://example.com/hook", "active", false), this.admin);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("url");
		JsonNode unchanged = this.api.get("/api/webhooks/" + id, this.admin).json();
		assertThat(unchanged.path("url").asString()).isEqualTo(this.receiver.url());
		assertThat(unchanged.path("active").asBoolean()).isTrue();
	}

	@Test
	void eventTypesMustBeRoutingKeysOfTheContract() {
		for (Object eventTypes : List.of(List.of("ticket.created", "ticket.exploded"), List.of("webhook.test"),
				List.of("CREATED"), Arrays.asList("ticket.created", null), "ticket.created", Map.of("a", "b"))) {
			ApiResponse refused = this.api.post("/api/webhooks",
					Map.of("url", this.receiver.url(), "eventTypes", eventTypes), this.admin);
			assertThat(refused.status()).as("%s → %s", eventTypes, refused).isEqualTo(400);
			assertThat(refused.errorFields()).as("%s", eventTypes).containsExactly("eventTypes");
		}
		ApiResponse unknown = this.api.post("/api/webhooks",
				Map.of("url", this.receiver.url(), "eventTypes", List.of("ticket.exploded")), this.admin);
		assertThat(unknown.text("detail")).contains("ticket.exploded").contains("ticket.created");

		String id = create(this.receiver.url());
		ApiResponse refused = this.api.patch("/api/webhooks/" + id, Map.of("eventTypes", List.of("ticket.opened")),
				this.admin);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("eventTypes");
	}

	@Test
	void aGivenSecretHasAtLeastSixteenCharacters() {
		ApiResponse tooShort = this.api.post("/api/webhooks",
				Map.of("url", this.receiver.url(), "secret", "fifteen-chars!!"), this.admin);
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.errorFields()).containsExactly("secret");

		ApiResponse blank = this.api.post("/api/webhooks", Map.of("url", this.receiver.url(), "secret", " ".repeat(20)),
				this.admin);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("secret");

		String id = create(this.receiver.url());
		ApiResponse patched = this.api.patch("/api/webhooks/" + id, Map.of("secret", "short"), this.admin);
		assertThat(patched.status()).isEqualTo(400);
		assertThat(patched.errorFields()).containsExactly("secret");

		ApiResponse both = this.api.patch("/api/webhooks/" + id, Map.of("secret", SECRET, "regenerateSecret", true),
				this.admin);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.errorFields()).containsExactly("secret");
		assertThat(storedSecret(id)).isEqualTo(SECRET);
	}

	@Test
	void onlyAnAdminSeesOrManagesWebhooks() {
		String id = create(this.receiver.url());
		JsonNode before = this.api.get("/api/webhooks/" + id, this.admin).json();
		for (Caller caller : List.of(this.fixtures.user(Role.AGENT), this.fixtures.user(Role.USER),
				this.fixtures.user(Role.SERVICE))) {
			for (ApiResponse refused : List.of(this.api.get("/api/webhooks", caller),
					this.api.get("/api/webhooks/" + id, caller),
					this.api.post("/api/webhooks", Map.of("url", this.receiver.url()), caller),
					this.api.patch("/api/webhooks/" + id, Map.of("active", false), caller),
					this.api.post("/api/webhooks/" + id + "/test", Map.of(), caller),
					this.api.delete("/api/webhooks/" + id, caller))) {
				assertThat(refused.status()).as("%s: %s", caller.username(), refused).isEqualTo(403);
				assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
				assertThat(refused.body()).doesNotContain(SECRET);
			}
		}
		assertThat(this.api.get("/api/webhooks", Caller.ANONYMOUS).status()).isEqualTo(401);
		assertThat(this.api.get("/api/webhooks/" + id, this.admin).json()).isEqualTo(before);
		assertThat(this.receiver.requests()).isEmpty();
	}

	@Test
	void anUnknownWebhookIs404() {
		for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
			String path = "/api/webhooks/" + id;
			assertThat(this.api.get(path, this.admin).status()).as(id).isEqualTo(404);
			assertThat(this.api.patch(path, Map.of("active", false), this.admin).status()).as(id).isEqualTo(404);
			assertThat(this.api.delete(path, this.admin).status()).as(id).isEqualTo(404);
			assertThat(this.api.post(path + "/test", Map.of(), this.admin).status()).as(id).isEqualTo(404);
		}
	}

	@Test
	void aTestEventIsASignedV1EnvelopeOfTypeWebhookTest() {
		String id = create(this.receiver.url());
		Instant before = Instant.now();

		ApiResponse tested = this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);

		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().propertyNames()).containsExactlyInAnyOrder("delivered", "responseCode", "error",
				"durationMs");
		assertThat(tested.json().path("delivered").asBoolean()).isTrue();
		assertThat(tested.json().path("responseCode").asInt()).isEqualTo(204);
		assertThat(tested.json().path("error").isNull()).isTrue();
		assertThat(tested.json().path("durationMs").asLong()).isNotNegative();

		assertThat(this.receiver.requests()).hasSize(1);
		Received request = this.receiver.requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/hooks/ticketing");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		assertThat(request.header("X-Ticketing-Event")).isEqualTo("webhook.test");
		assertThat(request.header("User-Agent")).isEqualTo("Ticketing-Webhooks/1");
		assertThat(UUID.fromString(request.header("X-Ticketing-Delivery"))).isNotNull();
		assertThat(request.header("X-Ticketing-Signature")).isEqualTo(hmac(SECRET, request.body()))
			.isNotEqualTo(hmac(SECRET + "x", request.body()));

		JsonNode event = JSON.readTree(request.body());
		assertThat(event.propertyNames()).containsExactlyInAnyOrder("eventId", "type", "version", "occurredAt",
				"ticketId", "displayId", "actor", "action", "detail", "changes", "ticket");
		assertThat(UUID.fromString(event.path("eventId").asString())).isNotNull();
		assertThat(event.path("type").asString()).isEqualTo("webhook.test");
		assertThat(event.path("version").asInt()).isEqualTo(1);
		assertThat(Instant.parse(event.path("occurredAt").asString())).isBetween(before.minusSeconds(1), Instant.now());
		assertThat(event.path("detail").asString()).isEqualTo("Test event from Ticketing");
		assertThat(event.path("changes").isObject()).isTrue();
		assertThat(event.path("changes").isEmpty()).isTrue();
		for (String absent : List.of("ticketId", "displayId", "actor", "action", "ticket")) {
			assertThat(event.path(absent).isNull()).as(absent).isTrue();
		}

		JsonNode lastDelivery = this.api.get("/api/webhooks/" + id, this.admin).json().path("lastDelivery");
		assertThat(lastDelivery.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(lastDelivery.path("responseCode").asInt()).isEqualTo(204);
		assertThat(lastDelivery.path("error").isNull()).isTrue();
		assertThat(Instant.parse(lastDelivery.path("at").asString())).isBetween(before.minusSeconds(1), Instant.now());
	}

	@Test
	void everyTestEventHasItsOwnIdsAndIsSignedWithTheCurrentSecret() {
		String id = create(this.receiver.url());
		this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);
		String secret = this.api.patch("/api/webhooks/" + id, Map.of("regenerateSecret", true), this.admin)
			.text("secret");
		this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);

		List<Received> requests = this.receiver.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).header("X-Ticketing-Delivery"))
			.isNotEqualTo(requests.get(1).header("X-Ticketing-Delivery"));
		assertThat(JSON.readTree(requests.get(0).body()).path("eventId"))
			.isNotEqualTo(JSON.readTree(requests.get(1).body()).path("eventId"));
		assertThat(requests.get(0).header("X-Ticketing-Signature")).isEqualTo(hmac(SECRET, requests.get(0).body()));
		assertThat(requests.get(1).header("X-Ticketing-Signature")).isEqualTo(hmac(secret, requests.get(1).body()));
	}

	@Test
	void aReceiverAnswering500HasNotReceivedTheTestEvent() {
		this.receiver.answering(500);
		String id = create(this.receiver.url());

		ApiResponse tested = this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);

		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().path("delivered").asBoolean()).isFalse();
		assertThat(tested.json().path("responseCode").asInt()).isEqualTo(500);
		assertThat(tested.text("error")).contains("500");
		assertThat(this.receiver.requests()).hasSize(1);

		JsonNode lastDelivery = this.api.get("/api/webhooks/" + id, this.admin).json().path("lastDelivery");
		assertThat(lastDelivery.path("status").asString()).isEqualTo("FAILED");
		assertThat(lastDelivery.path("responseCode").asInt()).isEqualTo(500);
		assertThat(lastDelivery.path("error").asString()).isEqualTo(tested.text("error"));
	}

	@Test
	void anUnreachableReceiverHasNotReceivedTheTestEvent() {
		String id = create("http://127.0.0.1:" + closedPort() + "/hook");

		ApiResponse tested = this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);

		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().path("delivered").asBoolean()).isFalse();
		assertThat(tested.json().path("responseCode").isNull()).isTrue();
		assertThat(tested.text("error")).isEqualTo("Connection refused");

		JsonNode lastDelivery = this.api.get("/api/webhooks/" + id, this.admin).json().path("lastDelivery");
		assertThat(lastDelivery.path("status").asString()).isEqualTo("FAILED");
		assertThat(lastDelivery.path("responseCode").isNull()).isTrue();
		assertThat(lastDelivery.path("error").asString()).isEqualTo(tested.text("error"));
	}

	@Test
	void anInactiveWebhookCanStillBeTested() {
		String id = create(this.receiver.url());
		this.api.patch("/api/webhooks/" + id, Map.of("active", false), this.admin);

		ApiResponse tested = this.api.post("/api/webhooks/" + id + "/test", Map.of(), this.admin);

		assertThat(tested.json().path("delivered").asBoolean()).isTrue();
		assertThat(this.receiver.requests()).hasSize(1);
	}

	@Test
	void changingAWebhookKeepsTheDeliveryStatusTheWorkerWrote() {
		String id = create(this.receiver.url());
		this.jdbc.sql("""
				update webhooks set last_delivery_at = now(), last_delivery_status = 'DEAD_LETTERED',
				                    last_response_code = 503, last_error = 'gave up after 8 attempts'
				where id = :id
				""").param("id", UUID.fromString(id)).update();

		ApiResponse changed = this.api.patch("/api/webhooks/" + id,
				Map.of("url", "https://hooks.example.com/new", "regenerateSecret", true), this.admin);

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		for (JsonNode webhook : List.of(changed.json(), this.api.get("/api/webhooks/" + id, this.admin).json())) {
			JsonNode lastDelivery = webhook.path("lastDelivery");
			assertThat(lastDelivery.path("status").asString()).isEqualTo("DEAD_LETTERED");
			assertThat(lastDelivery.path("responseCode").asInt()).isEqualTo(503);
			assertThat(lastDelivery.path("error").asString()).isEqualTo("gave up after 8 attempts");
		}
	}

	private String create(String url) {
		ApiResponse created = this.api.post("/api/webhooks", Map.of("url", url, "secret", SECRET), this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.text("id");
	}

	private String storedSecret(String id) {
		return this.jdbc.sql("select secret from webhooks where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private static void assertNoSecret(ApiResponse response, String secret) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		assertThat(response.body()).doesNotContain(secret).doesNotContain("\"secret\"");
	}

	private static List<String> ids(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().map((webhook) -> webhook.path("id").asString()).toList();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	/** The signature a receiver expects, computed here independently of the service. */
	private static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A local port nobody listens on. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
