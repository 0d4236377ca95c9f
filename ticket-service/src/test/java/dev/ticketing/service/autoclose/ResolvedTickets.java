package dev.ticketing.service.autoclose;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.OutboxTable;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets resolved by an agent through the API, then dated back in the database as if
 * they had been resolved that long ago.
 */
class ResolvedTickets {

	static final String AUTO_CLOSED = "Resolved → Closed";

	private final Api api;

	private final Fixtures fixtures;

	private final JdbcClient jdbc;

	private final OutboxTable outbox;

	private final Caller agent;

	private final Cti cti;

	ResolvedTickets(Api api, Fixtures fixtures, JdbcClient jdbc, OutboxTable outbox) {
		this.api = api;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.agent = fixtures.user(Role.AGENT);
		this.cti = fixtures.cti();
	}

	Caller agent() {
		return this.agent;
	}

	UUID resolvedAgo(Duration ago) {
		return resolvedAgo(1, ago).get(0);
	}

	/**
	 * Tickets that were all resolved at the same instant, as a bulk import would leave
	 * them.
	 */
	List<UUID> resolvedAgo(int count, Duration ago) {
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> resolve(open())).toList();
		this.jdbc.sql("update tickets set resolved_at = :resolvedAt where id in (:ids)")
			.param("resolvedAt", Instant.now().minus(ago).atOffset(ZoneOffset.UTC))
			.param("ids", ids)
			.update();
		return ids;
	}

	UUID open() {
		return UUID.fromString(this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString());
	}

	UUID resolve(UUID id) {
		return setStatus(id, "RESOLVED");
	}

	UUID setStatus(UUID id, String status) {
		ApiResponse response = this.api.patch("/api/tickets/" + id, Map.of("status", status), this.agent);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return id;
	}

	JsonNode get(UUID id) {
		return this.api.get("/api/tickets/" + id, this.agent).json();
	}

	/** The status change events of the ticket that closed it by itself. */
	List<JsonNode> autoCloseEvents(UUID id) {
		return this.outbox.payloads(id)
			.stream()
			.filter((event) -> AUTO_CLOSED.equals(event.path("detail").asString(null)))
			.toList();
	}

}
