package dev.ticketing.notifier.email;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which e-mails went out, one row per event and recipient. The row is written in the
 * transaction that sends the e-mail: a failed send leaves no row, so a retry sends it; a
 * sent one commits its row, so a redelivery finds it and sends nothing. Two consumers
 * handed the same event wait for each other on the row's key. Only a crash between the
 * SMTP server's answer and the commit can send an e-mail twice.
 */
@Component
class SentEmails {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration keepFor;

	SentEmails(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, EmailProperties properties) {
		this.keepFor = properties.mail().keepSentFor();
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Forgets e-mails sent longer ago than {@code ticketing.mail.keep-sent-for}: no
	 * redelivery comes that late, and the table would grow with every event. Every worker
	 * instance may run it; they delete the same rows.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	int prune() {
		return this.jdbc.sql("delete from email_notifications_sent where sent_at < :before")
			.param("before", this.clock.instant().minus(this.keepFor).atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Runs {@code send} unless the e-mail of this event to this user was sent before.
	 * @return whether {@code send} ran (and did not throw)
	 */
	boolean sendOnce(UUID eventId, UUID userId, Runnable send) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			boolean first = this.jdbc.sql("""
					insert into email_notifications_sent (event_id, user_id, sent_at)
					values (:eventId, :userId, :sentAt)
					on conflict do nothing
					""")
				.param("eventId", eventId)
				.param("userId", userId)
				.param("sentAt", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update() == 1;
			if (first) {
				send.run();
			}
			return first;
		}));
	}

}
