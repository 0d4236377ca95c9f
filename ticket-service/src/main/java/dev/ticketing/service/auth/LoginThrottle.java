package dev.ticketing.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per username in the database, so the limit holds across instances
 * and restarts. Each attempt is counted before the password is checked, in one atomic
 * statement, so parallel guesses get no more tries than guesses one after the other; a
 * correct password then clears the count.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Counts an attempt for this username, unless the username is blocked; one short
	 * transaction holds the username's row meanwhile, so parallel attempts are counted
	 * one after the other.
	 * @return the attempt: its number since the count last started, and how long the
	 * username must wait when it may not go ahead
	 */
	Attempt begin(String username) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<Instant> block = this.jdbc
				.sql("select blocked_until from login_failures where username_key = :key for update")
				.param("key", key(username))
				.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
				.optional()
				.flatMap((until) -> until)
				.map(OffsetDateTime::toInstant);
			if (block.isPresent() && now.isBefore(block.get())) {
				return new Attempt(0, Optional.of(Duration.between(now, block.get())));
			}
			int failures = count(username, now);
			// the first attempt after a block ended goes ahead; failing it blocks the
			// username for twice as long
			if (failures > this.properties.maxFailures() && block.isEmpty()) {
				return new Attempt(failures, Optional.of(block(username, failures, now)));
			}
			return new Attempt(failures, Optional.empty());
		});
	}

	/** One login attempt, counted before its password is checked. */
	record Attempt(int number, Optional<Duration> refusedFor) {
	}

	private int count(String username, Instant now) {
		return this.jdbc.sql("""
				insert into login_failures (username_key, failures, last_failure_at) values (:key, 1, :now)
				on conflict (username_key) do update set
				    failures = case when login_failures.last_failure_at < :forgetBefore then 1
				                    else login_failures.failures + 1 end,
				    last_failure_at = :now,
				    blocked_until = null
				returning failures
				""")
			.param("key", key(username))
			.param("now", utc(now))
			.param("forgetBefore", utc(now.minus(this.properties.maxBlock())))
			.query(Integer.class)
			.single();
	}

	/** The attempt's password was wrong: the last allowed failure blocks the username. */
	void failed(String username, Attempt attempt) {
		if (attempt.number() >= this.properties.maxFailures()) {
			block(username, attempt.number(), this.clock.instant());
		}
	}

	void succeeded(String username) {
		this.jdbc.sql("delete from login_failures where username_key = :key").param("key", key(username)).update();
	}

	/**
	 * Rows of usernames that stopped failing go, so guessing at random names cannot fill
	 * the table.
	 */
	@Scheduled(fixedDelayString = "${ticketing.login-throttle.max-block:15m}")
	void forgetOldFailures() {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				delete from login_failures
				where last_failure_at < :forgetBefore and (blocked_until is null or blocked_until < :now)
				""").param("forgetBefore", utc(now.minus(this.properties.maxBlock()))).param("now", utc(now)).update();
	}

	private Duration block(String username, int failures, Instant now) {
		Duration block = blockFor(failures);
		this.jdbc.sql("""
				update login_failures set blocked_until = greatest(coalesce(blocked_until, :until), :until)
				where username_key = :key
				""").param("key", key(username)).param("until", utc(now.plus(block))).update();
		return block;
	}

	private Duration blockFor(int failures) {
		int doublings = Math.min(Math.max(failures - this.properties.maxFailures(), 0), 20);
		Duration block = this.properties.block().multipliedBy(1L << doublings);
		return (block.compareTo(this.properties.maxBlock()) > 0) ? this.properties.maxBlock() : block;
	}

	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
