package dev.ticketing.service.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the outbox table, read as the relay will read them: the tests check what
 * would be published without a broker.
 */
public class OutboxTable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	OutboxTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The events of one ticket in the order they were written. */
	public List<Row> of(UUID ticketId) {
		return this.jdbc.sql("""
				select event_id, routing_key, ticket_id, payload::text as payload, created_at
				from outbox where ticket_id = :ticketId order by id
				""")
			.param("ticketId", ticketId)
			.query((rs, row) -> new Row(rs.getObject("event_id", UUID.class), rs.getString("routing_key"),
					rs.getObject("ticket_id", UUID.class), JSON.readTree(rs.getString("payload")),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** The payloads of one ticket's events in the order they were written. */
	public List<JsonNode> payloads(UUID ticketId) {
		return of(ticketId).stream().map(Row::payload).toList();
	}

	/** One outbox row, with its payload parsed. */
	public record Row(UUID eventId, String routingKey, UUID ticketId, JsonNode payload, OffsetDateTime createdAt) {
	}

}
