package dev.ticketing.notifier.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.events.TicketEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook_deliveries table: what is due, and what became of each call.
 */
@Component
class WebhookDeliveries {

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookDeliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One delivery per active webhook subscribed to this event; none twice for one event.
	 */
	int schedule(TicketEvent event, String payload) {
		return this.jdbc.sql("""
				insert into webhook_deliveries (id, webhook_id, event_id, event_type, payload, status, next_attempt_at,
				                                created_at)
				select gen_random_uuid(), w.id, :eventId, :type, :payload, 'PENDING', :now, :now
				from webhooks w
				where w.active and (cardinality(w.event_types) = 0 or :type = any (w.event_types))
				on conflict (webhook_id, event_id) do nothing
				""")
			.param("eventId", event.eventId())
			.param("type", event.type().routingKey())
			.param("payload", payload)
			.param("now", now())
			.update();
	}

	/**
	 * Takes due deliveries for a lease: until it ends no other worker takes them, and if
	 * this worker dies they become due again.
	 */
	List<Delivery> claimDue(int limit, Duration lease) {
		return this.jdbc.sql("""
				update webhook_deliveries d set next_attempt_at = :leaseEnd
				from webhooks w
				where w.id = d.webhook_id and d.id in (
				    select id from webhook_deliveries
				    where status = 'PENDING' and next_attempt_at <= :now
				    order by next_attempt_at
				    limit :limit
				    for update skip locked)
				returning d.id, d.webhook_id, d.event_id, d.event_type, d.payload, d.attempts, w.url, w.secret
				""")
			.param("now", now())
			.param("leaseEnd", now().plus(lease))
			.param("limit", limit)
			.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
					rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("payload"),
					rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
			.list();
	}

	void delivered(Delivery delivery, int responseCode) {
		finish(delivery, "DELIVERED", responseCode, null, null);
	}

	void deadLettered(Delivery delivery, Integer responseCode, String error) {
		finish(delivery, "DEAD_LETTERED", responseCode, error, null);
	}

	void retryLater(Delivery delivery, Integer responseCode, String error, Duration wait) {
		finish(delivery, "PENDING", responseCode, error, this.clock.instant().plus(wait));
	}

	int pruneFinishedBefore(Instant before) {
		return this.jdbc.sql("delete from webhook_deliveries where status <> 'PENDING' and finished_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Records the call on the delivery and, for the API, as the webhook's last delivery.
	 */
	private void finish(Delivery delivery, String status, Integer responseCode, String error, Instant nextAttempt) {
		this.jdbc.sql("""
				update webhook_deliveries
				set status = :status, attempts = attempts + 1, last_response_code = :code, last_error = :error,
				    next_attempt_at = coalesce(:nextAttempt, next_attempt_at),
				    finished_at = case when :status = 'PENDING' then null else :now end
				where id = :id
				""")
			.param("id", delivery.id())
			.param("status", status)
			.param("code", responseCode)
			.param("error", error)
			.param("nextAttempt", (nextAttempt != null) ? nextAttempt.atOffset(ZoneOffset.UTC) : null)
			.param("now", now())
			.update();
		this.jdbc.sql("""
				update webhooks set last_delivery_at = :now, last_delivery_status = :status,
				                    last_response_code = :code, last_error = :error
				where id = :webhookId
				""")
			.param("webhookId", delivery.webhookId())
			.param("now", now())
			.param("status", "PENDING".equals(status) ? "FAILED" : status)
			.param("code", responseCode)
			.param("error", error)
			.update();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	/** A call to make: the event for one webhook. */
	record Delivery(UUID id, UUID webhookId, UUID eventId, String eventType, String payload, int attempts, String url,
			String secret) {
	}

}
