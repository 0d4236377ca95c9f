package dev.ticketing.service.autoclose;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.support.OutboxTable;
import dev.ticketing.service.ticket.TicketManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closing itself, run directly rather than by the hourly cron, with a short period
 * (one hour) and small pages so that a few tickets span several of them.
 */
@IntegrationTest
class AutoCloseIntegrationTests {

	private static final Duration PERIOD = Duration.ofHours(1);

	private static final Duration DUE = PERIOD.plusMinutes(30);

	private static final Duration NOT_DUE = PERIOD.minusMinutes(30);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxTable outbox;

	@Autowired
	TicketManagement ticketManagement;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	ResolvedTickets tickets;

	AutoClose autoClose;

	ExecutorService executor = Executors.newFixedThreadPool(2);

	@BeforeEach
	void setUp() {
		this.tickets = new ResolvedTickets(this.api, this.fixtures, this.jdbc, this.outbox);
		this.autoClose = new AutoClose(this.ticketManagement, new AutoCloseProperties("0 0 * * * ?", PERIOD, 7),
				this.clock);
	}

	@AfterEach
	void tearDown() {
		this.executor.shutdownNow();
	}

	@Test
	void aTicketResolvedLongerAgoThanThePeriodClosesWithOneEventFromTheSystem() {
		UUID id = this.tickets.resolvedAgo(DUE);

		this.autoClose.closeDue(() -> false);

		JsonNode ticket = this.tickets.get(id);
		assertThat(ticket.path("status").asString()).isEqualTo("CLOSED");
		assertThat(ticket.path("resolvedAt").isNull()).isTrue();
		List<JsonNode> events = this.outbox.payloads(id);
		assertThat(events).extracting((event) -> event.path("type").asString())
			.containsExactly("ticket.created", "ticket.status_changed", "ticket.status_changed");
		JsonNode closed = events.get(2);
		assertThat(closed.path("detail").asString()).isEqualTo(ResolvedTickets.AUTO_CLOSED);
		assertThat(closed.path("action").asString()).isEqualTo("STATUS_CHANGED");
		assertThat(closed.path("actor").isNull()).isTrue();
		assertThat(closed.path("changes").path("status").path("from").asString()).isEqualTo("RESOLVED");
		assertThat(closed.path("changes").path("status").path("to").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("ticket").path("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void aTicketNotYetDueStaysResolved() {
		UUID id = this.tickets.resolvedAgo(NOT_DUE);

		this.autoClose.closeDue(() -> false);

		assertThat(this.tickets.get(id).path("status").asString()).isEqualTo("RESOLVED");
		assertThat(this.outbox.payloads(id)).hasSize(2);
	}

	@Test
	void aReopenedTicketStaysOpenAndResolvingItAgainRestartsThePeriod() {
		UUID reopened = this.tickets.setStatus(this.tickets.resolvedAgo(DUE), "IN_PROGRESS");
		UUID resolvedAgain = this.tickets.resolve(this.tickets.setStatus(this.tickets.resolvedAgo(DUE), "OPEN"));

		this.autoClose.closeDue(() -> false);

		assertThat(this.tickets.get(reopened).path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(this.tickets.get(resolvedAgain).path("status").asString()).isEqualTo("RESOLVED");
		assertThat(this.tickets.autoCloseEvents(reopened)).isEmpty();
		assertThat(this.tickets.autoCloseEvents(resolvedAgain)).isEmpty();
	}

	@Test
	void anAgentWhoReopensADueTicketWhileTheRunWaitsForItWins() throws Exception {
		UUID id = this.tickets.resolvedAgo(DUE);
		TransactionTemplate agent = new TransactionTemplate(this.transactionManager);

		Future<Integer> run = agent.execute((status) -> {
			this.jdbc.sql("select id from tickets where id = :id for update").param("id", id).query().listOfRows();
			Future<Integer> closing = this.executor.submit(() -> this.autoClose.closeDue(() -> false));
			awaitARunBlockedOnTheTicketLock();
			// what PATCH {"status": "IN_PROGRESS"} writes, committed while the run waits
			this.jdbc.sql("""
					update tickets set status = 'IN_PROGRESS', resolved_at = null, version = version + 1
					where id = :id
					""").param("id", id).update();
			return closing;
		});

		run.get(30, TimeUnit.SECONDS);
		assertThat(this.tickets.get(id).path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(this.tickets.autoCloseEvents(id)).isEmpty();
	}

	@Test
	void twoRunsAtOnceCloseEachTicketExactlyOnce() throws Exception {
		List<UUID> ids = this.tickets.resolvedAgo(40, DUE);
		CountDownLatch start = new CountDownLatch(1);

		List<Future<Integer>> runs = List.of(this.executor.submit(() -> {
			start.await();
			return this.autoClose.closeDue(() -> false);
		}), this.executor.submit(() -> {
			start.await();
			return this.autoClose.closeDue(() -> false);
		}));
		start.countDown();
		int closed = 0;
		for (Future<Integer> run : runs) {
			closed += run.get(60, TimeUnit.SECONDS);
		}

		assertThat(closed).isGreaterThanOrEqualTo(ids.size());
		for (UUID id : ids) {
			assertThat(this.tickets.get(id).path("status").asString()).isEqualTo("CLOSED");
			assertThat(this.tickets.autoCloseEvents(id)).as("events of %s", id).hasSize(1);
		}
	}

	@Test
	void aCancelledRunStopsBetweenTickets() {
		this.autoClose.closeDue(() -> false);
		List<UUID> ids = this.tickets.resolvedAgo(3, DUE);
		int[] asked = { 0 };

		int closed = this.autoClose.closeDue(() -> ++asked[0] > 1);

		assertThat(closed).isEqualTo(1);
		assertThat(ids).filteredOn((id) -> this.tickets.get(id).path("status").asString().equals("CLOSED")).hasSize(1);
		assertThat(this.autoClose.closeDue(() -> false)).as("the next run closes the rest").isEqualTo(2);
	}

	/** Called in the transaction holding the lock. */
	private void awaitARunBlockedOnTheTicketLock() {
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			// pg_stat_activity is cached for the transaction unless cleared
			this.jdbc.sql("select pg_stat_clear_snapshot()").query().listOfRows();
			Integer blocked = this.jdbc
				.sql("select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))")
				.query(Integer.class)
				.single();
			if (blocked > 0) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the auto-close run never waited for the ticket's lock");
	}

}
