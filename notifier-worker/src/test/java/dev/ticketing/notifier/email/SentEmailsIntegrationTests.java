package dev.ticketing.notifier.email;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ticketing.notifier.support.TestUser;
import dev.ticketing.notifier.support.WorkerIntegrationTest;
import dev.ticketing.notifier.support.WorkerRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@WorkerIntegrationTest
class SentEmailsIntegrationTests {

	@Autowired
	SentEmails sentEmails;

	@Autowired
	WorkerRows rows;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailIsSentOncePerEventAndUser() {
		TestUser user = this.rows.user();
		UUID eventId = UUID.randomUUID();
		AtomicInteger sends = new AtomicInteger();

		assertThat(this.sentEmails.sendOnce(eventId, user.id(), sends::incrementAndGet)).isTrue();
		assertThat(this.sentEmails.sendOnce(eventId, user.id(), sends::incrementAndGet)).isFalse();
		assertThat(this.sentEmails.sendOnce(UUID.randomUUID(), user.id(), sends::incrementAndGet)).isTrue();

		assertThat(sends).hasValue(2);
	}

	@Test
	void aFailedSendLeavesNoRecordSoTheRetrySends() {
		TestUser user = this.rows.user();
		UUID eventId = UUID.randomUUID();

		assertThatIllegalStateException().isThrownBy(() -> this.sentEmails.sendOnce(eventId, user.id(), () -> {
			throw new IllegalStateException("SMTP server down");
		}));

		assertThat(this.sentEmails.sendOnce(eventId, user.id(), () -> {
		})).isTrue();
	}

	@Test
	void recordsOlderThanTheRetentionArePruned() {
		TestUser user = this.rows.user();
		UUID old = record(user, Instant.now().minus(Duration.ofDays(31)));
		UUID recent = record(user, Instant.now().minus(Duration.ofDays(29)));

		this.sentEmails.prune();

		assertThat(this.jdbc.sql("select event_id from email_notifications_sent where user_id = :userId")
			.param("userId", user.id())
			.query(UUID.class)
			.list()).containsExactly(recent).doesNotContain(old);
	}

	private UUID record(TestUser user, Instant sentAt) {
		UUID eventId = UUID.randomUUID();
		this.jdbc.sql("insert into email_notifications_sent (event_id, user_id, sent_at) values (:e, :u, :at)")
			.param("e", eventId)
			.param("u", user.id())
			.param("at", sentAt.atOffset(ZoneOffset.UTC))
			.update();
		return eventId;
	}

}
