package dev.ticketing.notifier.webhook;

import java.time.Duration;
import java.util.UUID;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.webhooks.WebhookSignature;
import dev.ticketing.notifier.support.Events;
import dev.ticketing.notifier.support.TestUser;
import dev.ticketing.notifier.support.WorkerIntegrationTest;
import dev.ticketing.notifier.support.WorkerRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.notifier.support.TicketEventMother.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WorkerIntegrationTest
class WebhookDeliveryIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRET = "whsec_test-secret-0123456789";

	@Autowired
	Events events;

	@Autowired
	WorkerRows rows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	TestUser josh;

	TicketResponse ticket;

	@BeforeEach
	void setUp() {
		this.josh = this.rows.user("Josh");
		this.ticket = this.rows.ticket(this.josh, null);
	}

	@AfterEach
	void unsubscribeEveryone() {
		this.jdbc.sql("update webhooks set active = false").update();
	}

	@Test
	void anEventIsPostedSignedWithTheSubscriptionsSecret() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((call) -> 204)) {
			UUID webhook = subscribe(receiver.url());
			TicketEvent created = event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build();

			this.events.publish(created);

			await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() == 1);
			WebhookReceiver.Call call = receiver.calls().get(0);
			assertThat(call.header(WebhookSignature.EVENT_HEADER)).isEqualTo("ticket.created");
			assertThat(UUID.fromString(call.header(WebhookSignature.DELIVERY_HEADER))).isNotNull();
			assertThat(call.header("Content-Type")).startsWith("application/json");
			assertThat(WebhookSignature.matches(SECRET, call.body(), call.header(WebhookSignature.SIGNATURE_HEADER)))
				.isTrue();
			assertThat(JSON.readTree(call.body()).path("eventId").asString()).isEqualTo(created.eventId().toString());
			await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(lastStatus(webhook)));
		}
	}

	@Test
	void onlyTheEventTypesASubscriptionAsksForArePosted() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((call) -> 200)) {
			subscribe(receiver.url(), "ticket.status_changed");

			this.events.publish(event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build());
			this.events.publish(event(EventType.STATUS_CHANGED).on(this.ticket).by(this.josh.ref()).build());

			await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() >= 1);
			Thread.sleep(500);
			assertThat(receiver.calls()).extracting((call) -> call.header(WebhookSignature.EVENT_HEADER))
				.containsExactly("ticket.status_changed");
		}
	}

	@Test
	void aFailingReceiverIsCalledAgainWithTheSameDeliveryId() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((call) -> (call < 3) ? 503 : 200)) {
			UUID webhook = subscribe(receiver.url());

			this.events.publish(event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build());

			await().atMost(Duration.ofSeconds(15)).until(() -> receiver.calls().size() == 3);
			assertThat(receiver.calls()).extracting((call) -> call.header(WebhookSignature.DELIVERY_HEADER))
				.containsOnly(receiver.calls().get(0).header(WebhookSignature.DELIVERY_HEADER));
			await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(lastStatus(webhook)));
		}
	}

	@Test
	void afterTheLastAttemptTheEventIsDeadLetteredWithTheReason() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((call) -> 500)) {
			UUID webhook = subscribe(receiver.url());
			TicketEvent created = event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build();

			this.events.publish(created);

			Message deadLetter = deadLetterOf(created);
			assertThat((String) deadLetter.getMessageProperties().getHeader(Messaging.ERROR_HEADER))
				.contains("HTTP 500");
			assertThat(receiver.calls()).hasSize(3);
			assertThat(lastStatus(webhook)).isEqualTo("DEAD_LETTERED");
		}
	}

	@Test
	void aRedeliveredEventIsPostedOnce() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((call) -> 200)) {
			subscribe(receiver.url());
			TicketEvent created = event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build();

			this.events.publish(created);
			this.events.publish(created);

			await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() >= 1);
			Thread.sleep(1000);
			assertThat(receiver.calls()).hasSize(1);
		}
	}

	private UUID subscribe(String url, String... eventTypes) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into webhooks (id, url, secret, event_types, active, created_at, updated_at, version)
				values (:id, :url, :secret, :eventTypes, true, now(), now(), 0)
				""").param("id", id).param("url", url).param("secret", SECRET).param("eventTypes", eventTypes).update();
		return id;
	}

	private String lastStatus(UUID webhook) {
		return this.jdbc.sql("select last_delivery_status from webhooks where id = :id")
			.param("id", webhook)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private Message deadLetterOf(TicketEvent event) {
		String queue = Messaging.deadLetterQueue(Messaging.NOTIFICATIONS_QUEUE);
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			Message message = this.rabbit.receive(queue, 1000);
			if (message != null && event.eventId().toString().equals(message.getMessageProperties().getMessageId())) {
				return message;
			}
		}
		throw new AssertionError("No dead letter for event " + event.eventId());
	}

}
