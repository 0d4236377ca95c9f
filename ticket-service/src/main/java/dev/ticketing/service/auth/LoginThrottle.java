package dev.ticketing.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username in the database, so the limit holds across instances
 * and restarts.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Begins a login attempt: locks this username's failure count until the transaction
	 * ends, so that parallel guesses are counted one after the other and none slips past
	 * the limit.
	 * @return how long this username must wait before its next attempt, if it must
	 */
	Optional<Duration> beginAttempt(String username) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into login_failures (username_key, failures, last_failure_at) values (:key, 0, :now)
				on conflict (username_key) do nothing
				""").param("key", key(username)).param("now", utc(now)).update();
		return this.jdbc.sql("select blocked_until from login_failures where username_key = :key for update")
			.param("key", key(username))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(now::isBefore)
			.map((until) -> Duration.between(now, until));
	}

	void recordFailure(String username) {
		Instant now = this.clock.instant();
		forgetOldFailures(now);
		int failures = this.jdbc.sql("""
				insert into login_failures (username_key, failures, last_failure_at) values (:key, 1, :now)
				on conflict (username_key) do update set
				    failures = case when login_failures.last_failure_at < :forgetBefore then 1
				                    else login_failures.failures + 1 end,
				    last_failure_at = :now
				returning failures
				""")
			.param("key", key(username))
			.param("now", utc(now))
			.param("forgetBefore", utc(now.minus(this.properties.maxBlock())))
			.query(Integer.class)
			.single();
		if (failures >= this.properties.maxFailures()) {
			this.jdbc.sql("update login_failures set blocked_until = :until where username_key = :key")
				.param("key", key(username))
				.param("until", utc(now.plus(blockFor(failures))))
				.update();
		}
	}

	/**
	 * Rows of usernames that stopped failing go, so guessing at random names cannot fill
	 * the table.
	 */
	private void forgetOldFailures(Instant now) {
		this.jdbc.sql("""
				delete from login_failures
				where last_failure_at < :forgetBefore and (blocked_until is null or blocked_until < :now)
				""").param("forgetBefore", utc(now.minus(this.properties.maxBlock()))).param("now", utc(now)).update();
	}

	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_failures where username_key = :key").param("key", key(username)).update();
	}

	private Duration blockFor(int failures) {
		int doublings = Math.min(failures - this.properties.maxFailures(), 20);
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
