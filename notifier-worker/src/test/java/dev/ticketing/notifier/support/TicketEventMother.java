package dev.ticketing.notifier.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.FieldChange;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;

/**
 * Ticket events as ticket-service publishes them:
 * {@code event(STATUS_CHANGED).on(ticket).by(agent.ref()).detail("Open → In Progress").build()}.
 * Without {@link #by(UserRef)} the system acted.
 */
public final class TicketEventMother {

	private final EventType type;

	private TicketResponse ticket;

	private UserRef actor;

	private String detail;

	private final Map<String, FieldChange> changes = new LinkedHashMap<>();

	private TicketEventMother(EventType type) {
		this.type = type;
	}

	public static TicketEventMother event(EventType type) {
		return new TicketEventMother(type);
	}

	/** The ticket after the change. */
	public TicketEventMother on(TicketResponse ticket) {
		this.ticket = ticket;
		return this;
	}

	public TicketEventMother by(UserRef actor) {
		this.actor = actor;
		return this;
	}

	public TicketEventMother detail(String detail) {
		this.detail = detail;
		return this;
	}

	public TicketEventMother change(String field, Object from, Object to) {
		this.changes.put(field, new FieldChange(from, to));
		return this;
	}

	/** A new event each time: a new {@code eventId}, occurred now. */
	public TicketEvent build() {
		return new TicketEvent(UUID.randomUUID(), this.type, TicketEvent.VERSION, Instant.now(), this.ticket.id(),
				this.ticket.displayId(), this.actor, this.type.action(), this.detail, this.changes, this.ticket);
	}

}
