package dev.ticketing.notifier.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Waits out a database outage inside the listener, with backoff, instead of letting the
 * message fail: a few failed attempts would move every event consumed during a restart or
 * failover to the dead-letter queue, where nothing would ever write its audit entry.
 */
@Component
public class DatabaseOutages {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

	private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	/** Runs the work, again and again while the database is unreachable. */
	public void outlast(Runnable work) {
		Duration wait = FIRST_WAIT;
		while (true) {
			try {
				work.run();
				return;
			}
			catch (RuntimeException ex) {
				if (!isOutage(ex)) {
					throw ex;
				}
				log.warn("Database unavailable, trying again in {}: {}", wait, ex.getMessage());
				sleep(wait);
				wait = (wait.multipliedBy(2).compareTo(LONGEST_WAIT) < 0) ? wait.multipliedBy(2) : LONGEST_WAIT;
			}
		}
	}

	private static boolean isOutage(RuntimeException ex) {
		return ex instanceof TransientDataAccessException || ex instanceof RecoverableDataAccessException
				|| ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException;
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AmqpException("Stopped while waiting for the database", ex);
		}
	}

}
