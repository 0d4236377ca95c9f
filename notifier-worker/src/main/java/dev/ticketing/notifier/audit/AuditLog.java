package dev.ticketing.notifier.audit;

import java.time.ZoneOffset;
import java.util.UUID;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends audit log entries, one per event: the entry's unique {@code event_id} turns a
 * redelivered event into no change.
 */
@Component
class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether a new entry was written ({@code false} for an event already logged)
	 * @throws org.springframework.dao.DataIntegrityViolationException when the ticket no
	 * longer exists
	 */
	boolean append(TicketEvent event) {
		UserRef actor = event.actor();
		return this.jdbc.sql("""
				insert into audit_log (id, event_id, ticket_id, user_id, user_username, user_display_name,
				                       action, detail, created_at)
				values (:id, :eventId, :ticketId, :userId, :username, :displayName, :action, :detail, :createdAt)
				on conflict (event_id) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("eventId", event.eventId())
			.param("ticketId", event.ticketId())
			.param("userId", (actor != null) ? actor.id() : null)
			.param("username", (actor != null) ? actor.username() : null)
			.param("displayName", (actor != null) ? actor.displayName() : null)
			.param("action", event.action())
			.param("detail", event.detail())
			.param("createdAt", event.occurredAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

}
