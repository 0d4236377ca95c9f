package dev.ticketing.service.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import dev.ticketing.service.shared.Hashing;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.UnprocessableException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys of ticket creation. Claiming a key inserts its row in the creating
 * transaction, so a second request with the same key waits for the first one's outcome
 * instead of creating a twin.
 */
@Component
class IdempotencyKeys {

	static final int MAX_LENGTH = 255;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration ttl;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, TicketProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ttl = properties.idempotencyTtl();
	}

	/**
	 * Claims the key for a new ticket, or says which ticket it already made.
	 * @return empty when the key is ours: the caller creates the ticket and calls
	 * {@link #bind}
	 * @throws KeyReusedException when the key was used for a different request
	 */
	Optional<UUID> claim(String key, String requestFingerprint) {
		Instant now = this.clock.instant();
		boolean claimed = this.jdbc.sql("""
				insert into idempotency_keys (key, request_hash, created_at) values (:key, :hash, :now)
				on conflict (key) do update
				    set request_hash = excluded.request_hash, created_at = excluded.created_at, ticket_id = null
				    where idempotency_keys.created_at < :expiredBefore
				returning key
				""")
			.param("key", key)
			.param("hash", Hashing.sha256(requestFingerprint))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expiredBefore", now.minus(this.ttl).atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional()
			.isPresent();
		if (claimed) {
			return Optional.empty();
		}
		var earlier = this.jdbc.sql("select request_hash, ticket_id from idempotency_keys where key = :key")
			.param("key", key)
			.query((rs, row) -> new Earlier(rs.getString("request_hash"), rs.getObject("ticket_id", UUID.class)))
			.single();
		if (!earlier.requestHash().equals(Hashing.sha256(requestFingerprint))) {
			throw new KeyReusedException();
		}
		return Optional.of(earlier.ticketId());
	}

	void bind(String key, UUID ticketId) {
		this.jdbc.sql("update idempotency_keys set ticket_id = :ticketId where key = :key")
			.param("key", key)
			.param("ticketId", ticketId)
			.update();
	}

	/** Keys past their lifetime go: they would only be overwritten if reused. */
	@Scheduled(fixedDelayString = "1h", initialDelayString = "1m")
	int pruneExpired() {
		return this.jdbc.sql("delete from idempotency_keys where created_at < :expiredBefore")
			.param("expiredBefore", this.clock.instant().minus(this.ttl).atOffset(ZoneOffset.UTC))
			.update();
	}

	static String validate(String key, String field) {
		if (key == null) {
			return null;
		}
		String stripped = key.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
			throw new InvalidFieldException(field, "must be 1 to " + MAX_LENGTH + " characters");
		}
		return stripped;
	}

	private record Earlier(String requestHash, UUID ticketId) {
	}

	/** The key was already used to create a ticket from a different request. */
	static class KeyReusedException extends UnprocessableException {

		KeyReusedException() {
			super("This idempotency key was already used for a different request");
		}

	}

}
