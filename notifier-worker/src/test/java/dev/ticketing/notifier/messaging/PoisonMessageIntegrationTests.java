package dev.ticketing.notifier.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.notifier.support.Events;
import dev.ticketing.notifier.support.TestUser;
import dev.ticketing.notifier.support.WorkerIntegrationTest;
import dev.ticketing.notifier.support.WorkerRows;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.notifier.support.TicketEventMother.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WorkerIntegrationTest
class PoisonMessageIntegrationTests {

	@Autowired
	Events events;

	@Autowired
	WorkerRows rows;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMessageThatIsNoEventGoesToEachQueuesDeadLettersWithTheErrorAndTheNextEventIsHandled() {
		String poisonId = UUID.randomUUID().toString();
		this.events.publish("ticket.created",
				MessageBuilder.withBody("not json".getBytes(StandardCharsets.UTF_8)).setMessageId(poisonId).build());
		TestUser josh = this.rows.user("Josh");
		TicketResponse ticket = this.rows.ticket(josh, null);
		this.events.publish(event(EventType.CREATED).on(ticket).by(josh.ref()).build());

		for (String queue : new String[] { Messaging.AUDIT_QUEUE, Messaging.NOTIFICATIONS_QUEUE }) {
			Message deadLetter = deadLetter(Messaging.deadLetterQueue(queue), poisonId);
			assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).isEqualTo("not json");
			assertThat((String) deadLetter.getMessageProperties().getHeader(Messaging.ERROR_HEADER)).as(queue)
				.contains("Not a ticket event");
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from audit_log where ticket_id = :id")
				.param("id", ticket.id())
				.query(Long.class)
				.single() == 1);
	}

	private Message deadLetter(String queue, String messageId) {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			Message message = this.rabbit.receive(queue, 1000);
			if (message != null && messageId.equals(message.getMessageProperties().getMessageId())) {
				return message;
			}
		}
		throw new AssertionError("No dead letter " + messageId + " in " + queue);
	}

}
