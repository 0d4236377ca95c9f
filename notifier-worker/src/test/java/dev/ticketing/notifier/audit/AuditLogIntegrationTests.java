package dev.ticketing.notifier.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.notifier.support.Events;
import dev.ticketing.notifier.support.TestUser;
import dev.ticketing.notifier.support.WorkerIntegrationTest;
import dev.ticketing.notifier.support.WorkerRows;
import dev.ticketing.testsupport.DatabaseOutage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.notifier.support.TicketEventMother.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WorkerIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	Events events;

	@Autowired
	WorkerRows rows;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DatabaseOutage outage;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	TestUser josh;

	TicketResponse ticket;

	@BeforeEach
	void setUp() {
		this.josh = this.rows.user("Josh");
		this.ticket = this.rows.ticket(this.josh, null);
	}

	@Test
	void anEventBecomesOneAuditEntryWithActorActionAndDetail() {
		TicketEvent changed = event(EventType.STATUS_CHANGED).on(this.ticket)
			.by(this.josh.ref())
			.detail("Open → In Progress")
			.build();

		this.events.publish(changed);

		Map<String, Object> entry = awaitEntries(1).get(0);
		assertThat(entry).containsEntry("action", "STATUS_CHANGED")
			.containsEntry("detail", "Open → In Progress")
			.containsEntry("user_id", this.josh.id())
			.containsEntry("user_display_name", "Josh")
			.containsEntry("event_id", changed.eventId());
	}

	@Test
	void theSameEventDeliveredTwiceMakesOneEntry() {
		TicketEvent created = event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build();
		TicketEvent commented = event(EventType.COMMENT_ADDED).on(this.ticket).by(this.josh.ref()).detail("hi").build();

		double consumed = consumed();
		this.events.publish(created);
		this.events.publish(created);
		this.events.publish(commented);

		awaitEntries(2);
		await().atMost(Duration.ofSeconds(10)).until(() -> consumed() >= consumed + 3);
		assertThat(entries()).extracting((entry) -> entry.get("action"))
			.containsExactlyInAnyOrder("CREATED", "COMMENT_ADDED");
	}

	@Test
	void theSystemIsLoggedWithoutAUser() {
		this.events.publish(event(EventType.STATUS_CHANGED).on(this.ticket).detail("Resolved → Closed").build());

		assertThat(awaitEntries(1).get(0)).containsEntry("user_id", null).containsEntry("detail", "Resolved → Closed");
	}

	@Test
	void eventsOfADeletedTicketAreDroppedAndTheNextEventsStillLogged() {
		TicketResponse gone = this.rows.ticket(this.josh, null);
		this.jdbc.sql("delete from tickets where id = :id").param("id", gone.id()).update();
		TicketEvent late = event(EventType.TITLE_CHANGED).on(gone).by(this.josh.ref()).detail("late").build();

		double consumed = consumed();
		this.events.publish(late);
		this.events.publish(event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build());

		assertThat(awaitEntries(1).get(0)).containsEntry("action", "CREATED");
		await().atMost(Duration.ofSeconds(10)).until(() -> consumed() >= consumed + 2);
		assertThat(this.jdbc.sql("select count(*) from audit_log where event_id = :id")
			.param("id", late.eventId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDeletedEventWritesNoEntry() {
		TicketEvent deleted = event(EventType.DELETED).on(this.ticket).by(this.josh.ref()).build();

		double consumed = consumed();
		this.events.publish(deleted);

		await().atMost(Duration.ofSeconds(10)).until(() -> consumed() >= consumed + 1);
		assertThat(entries()).isEmpty();
	}

	@Test
	void whileTheDatabaseIsDownEventsWaitAndAreLoggedWhenItIsBack() throws InterruptedException {
		TicketEvent created = event(EventType.CREATED).on(this.ticket).by(this.josh.ref()).build();
		this.outage.begin();
		try {
			this.events.publish(created);
			Thread.sleep(2_000);
			assertThat(this.rabbit.receive(Messaging.deadLetterQueue(Messaging.AUDIT_QUEUE), 100)).isNull();
		}
		finally {
			this.outage.end();
		}

		assertThat(awaitEntries(1).get(0)).containsEntry("event_id", created.eventId());
	}

	private List<Map<String, Object>> awaitEntries(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> entries().size() >= count);
		assertThat(entries()).hasSize(count);
		return entries();
	}

	/** Events the audit consumer has taken so far. */
	private double consumed() {
		return this.meters.get("ticketing.events.consumed").tag("queue", Messaging.AUDIT_QUEUE).counter().count();
	}

	private List<Map<String, Object>> entries() {
		return this.jdbc.sql("select * from audit_log where ticket_id = :ticketId order by seq")
			.param("ticketId", this.ticket.id())
			.query()
			.listOfRows();
	}

}
