package dev.ticketing.service.ticket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IdempotentCreateIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeys keys;

	Caller service;

	Cti cti;

	@BeforeEach
	void setUp() {
		this.service = this.fixtures.user(Role.SERVICE);
		this.cti = this.fixtures.cti();
	}

	@Test
	void theSameKeyReturnsTheSameTicketAndNeverASecondOne() {
		Map<String, Object> body = ticket(this.cti).titled("[Plex] Backup").body();
		String key = Fixtures.unique("n8n-item");

		ApiResponse first = create(body, key);
		ApiResponse retry = create(body, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.text("id")).isEqualTo(first.text("id"));
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(ticketsInCategory()).isEqualTo(1);
		assertThat(createdEvents(first.text("id"))).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithOneKeyMakeOneTicket() throws Exception {
		Map<String, Object> body = ticket(this.cti).body();
		String key = Fixtures.unique("burst");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<ApiResponse>> requests = IntStream.range(0, 8)
				.<Callable<ApiResponse>>mapToObj((i) -> () -> create(body, key))
				.toList();
			List<String> ids = pool.invokeAll(requests).stream().map(IdempotentCreateIntegrationTests::id).toList();

			assertThat(ids).hasSize(8).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdown();
		}
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	@Test
	void aKeyReusedForADifferentTicketIs422AndCreatesNothing() {
		String key = Fixtures.unique("reused");
		create(ticket(this.cti).titled("First").body(), key);

		ApiResponse reused = create(ticket(this.cti).titled("Second").body(), key);

		assertThat(reused.status()).isEqualTo(422);
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	@Test
	void differentKeysMakeDifferentTickets() {
		Map<String, Object> body = ticket(this.cti).body();
		assertThat(create(body, Fixtures.unique("a")).text("id"))
			.isNotEqualTo(create(body, Fixtures.unique("b")).text("id"));
		assertThat(ticketsInCategory()).isEqualTo(2);
	}

	@Test
	void aKeyOlderThanADayMakesANewTicket() {
		Map<String, Object> body = ticket(this.cti).body();
		String key = Fixtures.unique("old");
		String first = create(body, key).text("id");
		this.jdbc.sql("update idempotency_keys set created_at = created_at - interval '25 hours' where key = :key")
			.param("key", key)
			.update();

		ApiResponse later = create(body, key);

		assertThat(later.status()).isEqualTo(201);
		assertThat(later.text("id")).isNotEqualTo(first);
		assertThat(later.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void expiredKeysArePrunedAndLiveOnesKept() {
		String old = Fixtures.unique("old");
		String live = Fixtures.unique("live");
		create(ticket(this.cti).body(), old);
		create(ticket(this.cti).body(), live);
		this.jdbc.sql("update idempotency_keys set created_at = created_at - interval '25 hours' where key = :key")
			.param("key", old)
			.update();

		this.keys.pruneExpired();

		assertThat(this.jdbc.sql("select key from idempotency_keys where key in (:keys)")
			.param("keys", List.of(old, live))
			.query(String.class)
			.list()).containsExactly(live);
	}

	@Test
	void anOverlongKeyIs400() {
		ApiResponse response = create(ticket(this.cti).body(), "k".repeat(256));

		assertThat(response.errorFields()).containsExactly("Idempotency-Key");
		assertThat(ticketsInCategory()).isZero();
	}

	private ApiResponse create(Map<String, Object> body, String key) {
		return this.api.post("/api/tickets", body, this.service, "Idempotency-Key", key);
	}

	private long ticketsInCategory() {
		return Long.parseLong(
				this.api.get("/api/tickets?categoryId=" + this.cti.categoryId(), this.service).header("X-Total-Count"));
	}

	private long createdEvents(String ticketId) {
		return this.jdbc
			.sql("select count(*) from outbox where routing_key = 'ticket.created' and ticket_id = cast(:id as uuid)")
			.param("id", ticketId)
			.query(Long.class)
			.single();
	}

	private static String id(Future<ApiResponse> response) {
		try {
			ApiResponse done = response.get();
			assertThat(done.status()).as(done.toString()).isEqualTo(201);
			return done.text("id");
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
