package dev.ticketing.service.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OutboxRelayIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxRows rows;

	@Autowired
	EventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OutboxProperties properties;

	Caller agent;

	Cti cti;

	Queue subscriber;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT);
		this.cti = this.fixtures.cti();
		this.subscriber = new Queue(Fixtures.unique("subscriber"), false, false, false);
		this.admin.declareQueue(this.subscriber);
		this.admin.declareBinding(
				BindingBuilder.bind(this.subscriber).to(new TopicExchange(Messaging.EVENTS_EXCHANGE)).with("ticket.#"));
	}

	@AfterEach
	void tearDown() {
		this.relay.start();
		this.admin.deleteQueue(this.subscriber.getName());
	}

	@Test
	void aChangeThroughTheApiReachesTheExchangeWithTheContractsRoutingKeyAndProperties() {
		String id = open();
		this.api.patch("/api/tickets/" + id, Map.of("status", "IN_PROGRESS"), this.agent);

		List<Message> events = eventsOf(id, 2);

		Message changed = events.get(1);
		JsonNode envelope = JSON.readTree(changed.getBody());
		assertThat(changed.getMessageProperties().getReceivedRoutingKey()).isEqualTo("ticket.status_changed");
		assertThat(changed.getMessageProperties().getContentType()).isEqualTo("application/json");
		assertThat(changed.getMessageProperties().getMessageId()).isEqualTo(envelope.path("eventId").asString());
		assertThat(changed.getMessageProperties().getType()).isEqualTo("ticket.status_changed");
		assertThat(changed.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
		assertThat(envelope.path("detail").asString()).isEqualTo("Open → In Progress");
		assertThat(envelope.path("version").asInt()).isEqualTo(1);
		awaitAllSent(id);
	}

	@Test
	void eventsWaitWhileTheBrokerIsUnreachableAndLeaveInOrderWhenItIsBack() {
		this.relay.stop();
		String id = open();
		for (int severity : new int[] { 1, 2, 4, 5 }) {
			this.api.patch("/api/tickets/" + id, Map.of("severity", severity), this.agent);
		}
		OutboxRelay cutOff = relayThrough(unreachableBroker());

		assertThatThrownBy(cutOff::relayBatch).isInstanceOf(org.springframework.amqp.AmqpException.class);
		assertThat(unsentEventsOf(id)).isEqualTo(5);

		this.relay.start();
		List<String> details = eventsOf(id, 5).stream()
			.map((message) -> JSON.readTree(message.getBody()).path("detail").asString(null))
			.toList();
		assertThat(details).containsExactly(null, "SEV 3 → SEV 1", "SEV 1 → SEV 2", "SEV 2 → SEV 4", "SEV 4 → SEV 5");
	}

	@Test
	void anEventPublishedButNotMarkedSentIsPublishedAgainWithTheSameId() {
		this.relay.stop();
		String id = open();
		this.transactions.executeWithoutResult((status) -> {
			this.publisher.publish(this.rows.claim(1000), this.properties.confirmTimeout());
			status.setRollbackOnly(); // the relay dies before it marks the rows sent
		});

		this.relay.start();

		List<Message> deliveries = eventsOf(id, 2);
		assertThat(deliveries.get(0).getMessageProperties().getMessageId())
			.isEqualTo(deliveries.get(1).getMessageProperties().getMessageId());
		awaitAllSent(id);
	}

	@Test
	void twoRelaysAtOnceSendEachEventOnce() throws Exception {
		this.relay.stop();
		String id = open();
		for (int i = 0; i < 150; i++) {
			this.api.patch("/api/tickets/" + id, Map.of("title", "Title " + i), this.agent);
		}
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				OutboxRelay other = relayThrough(this.rabbit);
				running.add(instances.submit(() -> {
					while (other.relayBatch() || unsentEventsOf(id) > 0) {
						// keep relaying until the outbox is empty
					}
				}));
			}
			for (Future<?> instance : running) {
				instance.get();
			}
		}
		finally {
			instances.shutdown();
		}

		List<String> ids = eventsOf(id, 151).stream().map((m) -> m.getMessageProperties().getMessageId()).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(this.rabbit.receive(this.subscriber.getName(), 500)).isNull();
	}

	@Test
	void sentEventsArePrunedAfterTheRetentionAndUnsentOnesNever() {
		String id = open();
		awaitAllSent(id);
		this.api.patch("/api/tickets/" + id, Map.of("severity", 1), this.agent);
		awaitAllSent(id);
		this.jdbc.sql("""
				update outbox set sent_at = now() - interval '8 days'
				where id = (select min(id) from outbox where ticket_id = cast(:id as uuid))
				""").param("id", id).update();
		this.relay.stop();
		this.api.patch("/api/tickets/" + id, Map.of("severity", 2), this.agent);
		this.jdbc.sql("update outbox set created_at = now() - interval '30 days' where sent_at is null").update();

		this.relay.pruneSentEvents();

		assertThat(this.jdbc.sql(
				"select routing_key, sent_at is null as unsent from outbox where ticket_id = cast(:id as uuid) order by id")
			.param("id", id)
			.query((rs, row) -> rs.getString(1) + (rs.getBoolean(2) ? " unsent" : " sent"))
			.list()).containsExactly("ticket.severity_changed sent", "ticket.severity_changed unsent");
	}

	private String open() {
		return this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
	}

	private OutboxRelay relayThrough(RabbitTemplate template) {
		return new OutboxRelay(this.rows, new EventPublisher(template), this.transactions, this.properties,
				Clock.systemUTC());
	}

	private static RabbitTemplate unreachableBroker() {
		CachingConnectionFactory nowhere = new CachingConnectionFactory("127.0.0.1", 1);
		nowhere.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
		return new RabbitTemplate(nowhere);
	}

	/**
	 * The next {@code count} events of this ticket on the subscriber's queue, in the
	 * order they arrived.
	 */
	private List<Message> eventsOf(String ticketId, int count) {
		List<Message> events = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 20_000;
		while (events.size() < count && System.currentTimeMillis() < deadline) {
			Message message = this.rabbit.receive(this.subscriber.getName(), 1000);
			if (message != null && new String(message.getBody(), StandardCharsets.UTF_8).contains(ticketId)) {
				events.add(message);
			}
		}
		assertThat(events).as("events of ticket " + ticketId).hasSize(count);
		return events;
	}

	/**
	 * The relay marks rows sent just after the broker confirmed them, so a subscriber may
	 * be quicker.
	 */
	private void awaitAllSent(String ticketId) {
		long deadline = System.currentTimeMillis() + 5_000;
		while (unsentEventsOf(ticketId) > 0 && System.currentTimeMillis() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(unsentEventsOf(ticketId)).isZero();
	}

	private long unsentEventsOf(String ticketId) {
		return this.jdbc.sql("select count(*) from outbox where ticket_id = cast(:id as uuid) and sent_at is null")
			.param("id", ticketId)
			.query(Long.class)
			.single();
	}

}
