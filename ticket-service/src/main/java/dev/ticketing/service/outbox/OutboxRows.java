package dev.ticketing.service.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table as the relay sees it.
 */
@Component
class OutboxRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The oldest unsent events, locked until the transaction ends; rows another instance
	 * holds are skipped, so instances never publish the same row at the same time.
	 */
	List<OutboxRow> claim(int limit) {
		return this.jdbc.sql("""
				select id, event_id, routing_key, payload::text as payload, created_at
				from outbox where sent_at is null
				order by id
				limit :limit
				for update skip locked
				""")
			.param("limit", limit)
			.query((rs, row) -> new OutboxRow(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getString("routing_key"), rs.getString("payload"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void markSent(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update outbox set sent_at = :now where id in (:ids)")
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.param("ids", ids)
				.update();
		}
	}

	int pruneSentBefore(Instant before) {
		return this.jdbc.sql("delete from outbox where sent_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** One event waiting to be published. */
	record OutboxRow(long id, UUID eventId, String routingKey, String payload, Instant createdAt) {
	}

}
