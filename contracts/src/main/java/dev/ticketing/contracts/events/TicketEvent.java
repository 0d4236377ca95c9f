package dev.ticketing.contracts.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;

/**
 * The v1 envelope of every message on {@code ticketing.events}.
 *
 * @param eventId unique id of the event, also the AMQP {@code message_id}; consumers
 * dedupe on it
 * @param type the event type, also the routing key
 * @param version the envelope version, {@value #VERSION}
 * @param occurredAt when the change was made, in the transaction that committed it
 * @param ticketId internal id of the ticket
 * @param displayId display id of the ticket ({@code V} and 9 digits)
 * @param actor who made the change, {@code null} for the system
 * @param action the audit action, e.g. {@code STATUS_CHANGED}
 * @param detail the audit detail as the audit log shows it, e.g.
 * {@code Open → In Progress}
 * @param changes the changed fields with their old and new values
 * @param ticket the ticket after the change
 */
public record TicketEvent(UUID eventId, EventType type, int version, Instant occurredAt, UUID ticketId,
		String displayId, UserRef actor, String action, String detail, Map<String, FieldChange> changes,
		TicketResponse ticket) {

	public static final int VERSION = 1;

	public TicketEvent {
		changes = (changes != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(changes)) : Map.of();
	}

}
