package dev.ticketing.service.intake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.testsupport.DatabaseOutage;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.user.CreateUserRequest;
import dev.ticketing.service.user.UserManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TicketIntakeIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DEAD_LETTERS = Messaging.deadLetterQueue(Messaging.TICKET_CREATE_QUEUE);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	UserManagement users;

	@Autowired
	DatabaseOutage outage;

	Caller agent;

	Cti cti;

	String replies;

	@BeforeEach
	void setUp() {
		if (this.users.findByUsername("intake-bot").isEmpty()) {
			this.users.create(new CreateUserRequest("intake-bot", null, "Intake Bot", null, Role.SERVICE));
		}
		this.agent = this.fixtures.user(Role.AGENT);
		this.cti = this.fixtures.cti();
		this.replies = Fixtures.unique("replies");
		this.admin.declareQueue(new Queue(this.replies, false, false, false));
		this.admin.purgeQueue(DEAD_LETTERS);
	}

	@AfterEach
	void tearDown() {
		this.outage.end();
		this.admin.deleteQueue(this.replies);
	}

	@Test
	void aValidMessageMakesOneTicketAsTheServiceAccountAndReplies() {
		String correlation = UUID.randomUUID().toString();

		publish(JSON.writeValueAsString(ticket(this.cti).titled("[Plex] Backup").body()), null, correlation, null);

		Message reply = this.rabbit.receive(this.replies, 10_000);
		assertThat(reply).isNotNull();
		assertThat(reply.getMessageProperties().getCorrelationId()).isEqualTo(correlation);
		JsonNode answer = JSON.readTree(reply.getBody());
		assertThat(answer.path("ok").asBoolean()).isTrue();
		assertThat(answer.path("displayId").asString()).matches("V[0-9]{9}");
		ApiResponse created = this.api.get("/api/tickets/" + answer.path("id").asString(), this.agent);
		assertThat(created.text("title")).isEqualTo("[Plex] Backup");
		assertThat(created.json().path("createdBy").path("username").asString()).isEqualTo("intake-bot");
	}

	@Test
	void theSameKeyMakesOneTicketWhetherItCameOverAmqpOrRest() {
		Map<String, Object> body = ticket(this.cti).body();
		String key = Fixtures.unique("n8n-item");
		Caller service = this.fixtures.user(Role.SERVICE);
		String restId = this.api.post("/api/tickets", body, service, "Idempotency-Key", key).text("id");

		publish(JSON.writeValueAsString(body), key, "first", null);
		publish(JSON.writeValueAsString(body), null, "second", key);

		assertThat(replyId()).isEqualTo(restId);
		assertThat(replyId()).isEqualTo(restId);
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	@Test
	void invalidJsonGoesToTheDeadLetterQueueWithTheReasonAndCreatesNothing() {
		publish("{\"title\": ", null, "bad-json", null);

		Message rejected = this.rabbit.receive(DEAD_LETTERS, 10_000);
		assertThat(rejected).isNotNull();
		assertThat(new String(rejected.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"title\": ");
		assertThat((String) rejected.getMessageProperties().getHeader(Messaging.ERROR_HEADER))
			.contains("not valid JSON");
		assertThat(JSON.readTree(this.rabbit.receive(this.replies, 10_000).getBody()).path("ok").asBoolean()).isFalse();
	}

	@Test
	void invalidFieldsAndUnknownCtiIdsAreDeadLetteredNamingTheFieldAndTheNextMessageStillWorks() {
		publish(JSON.writeValueAsString(ticket(this.cti).severity(9).body()), null, null, null);
		publish(JSON.writeValueAsString(ticket(this.cti).with("itemId", UUID.randomUUID()).body()), null, null, null);
		publish(JSON.writeValueAsString(ticket(this.cti).body()), null, "good", null);

		assertThat(Stream.generate(() -> this.rabbit.receive(this.replies, 10_000))
			.limit(3)
			.map((reply) -> JSON.readTree(reply.getBody()).path("ok").asBoolean()))
			.containsExactlyInAnyOrder(false, false, true);
		String first = this.rabbit.receive(DEAD_LETTERS, 10_000)
			.getMessageProperties()
			.getHeader(Messaging.ERROR_HEADER);
		String second = this.rabbit.receive(DEAD_LETTERS, 10_000)
			.getMessageProperties()
			.getHeader(Messaging.ERROR_HEADER);
		assertThat(first + " | " + second).contains("severity").contains("itemId");
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	@Test
	void textTheDatabaseCannotStoreIsDeadLetteredNotRequeued() {
		publish(JSON.writeValueAsString(ticket(this.cti).titled("nul \u0000 byte").body()), null, "nul", null);

		Message rejected = this.rabbit.receive(DEAD_LETTERS, 10_000);
		assertThat(rejected).isNotNull();
		assertThat((String) rejected.getMessageProperties().getHeader(Messaging.ERROR_HEADER)).contains("title");
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void whileTheDatabaseIsUnreachableTheMessageWaitsAndSucceedsWhenItReturns() throws Exception {
		this.outage.begin();
		publish(JSON.writeValueAsString(ticket(this.cti).body()), null, "patient", null);

		assertThat(this.rabbit.receive(this.replies, 3_000)).isNull();
		assertThat(this.rabbit.receive(DEAD_LETTERS, 100)).isNull();

		this.outage.end();
		Message reply = this.rabbit.receive(this.replies, 15_000);
		assertThat(reply).isNotNull();
		assertThat(JSON.readTree(reply.getBody()).path("ok").asBoolean()).isTrue();
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	/**
	 * As n8n's RabbitMQ node publishes: no content type, no persistence flag, only the
	 * headers it is given.
	 */
	private void publish(String body, String idempotencyHeader, String correlationId, String messageId) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(null);
		properties.setReplyTo(this.replies);
		properties.setCorrelationId(correlationId);
		properties.setMessageId(messageId);
		if (idempotencyHeader != null) {
			properties.setHeader(Messaging.IDEMPOTENCY_KEY_HEADER, idempotencyHeader);
		}
		this.rabbit.send("", Messaging.TICKET_CREATE_QUEUE,
				MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).andProperties(properties).build());
	}

	private String replyId() {
		Message reply = this.rabbit.receive(this.replies, 10_000);
		assertThat(reply).isNotNull();
		return JSON.readTree(reply.getBody()).path("id").asString();
	}

	private long ticketsInCategory() {
		return Long.parseLong(
				this.api.get("/api/tickets?categoryId=" + this.cti.categoryId(), this.agent).header("X-Total-Count"));
	}

}
