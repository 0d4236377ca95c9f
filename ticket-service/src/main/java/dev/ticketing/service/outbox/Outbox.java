package dev.ticketing.service.outbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.FieldChange;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records ticket events in the outbox table, inside the transaction of the change they
 * describe: the event exists if and only if the change was committed.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final OutboxRelay relay;

	Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.relay = relay;
	}

	/**
	 * Records one event in the v1 envelope.
	 * @param ticket the ticket after the change (before it, for
	 * {@link EventType#DELETED})
	 * @param actor who made the change, {@code null} for the system
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public TicketEvent record(EventType type, TicketResponse ticket, UserRef actor, String detail,
			Map<String, FieldChange> changes) {
		TicketEvent event = new TicketEvent(UUID.randomUUID(), type, TicketEvent.VERSION, this.clock.instant(),
				ticket.id(), ticket.displayId(), actor, type.action(), detail, changes, ticket);
		this.jdbc.sql("""
				insert into outbox (event_id, routing_key, ticket_id, payload, created_at)
				values (:eventId, :routingKey, :ticketId, cast(:payload as jsonb), :createdAt)
				""")
			.param("eventId", event.eventId())
			.param("routingKey", type.routingKey())
			.param("ticketId", event.ticketId())
			.param("payload", this.json.writeValueAsString(event))
			.param("createdAt", event.occurredAt().atOffset(ZoneOffset.UTC))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wake();
			}
		});
		return event;
	}

}
