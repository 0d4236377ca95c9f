package dev.ticketing.service.shared;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;

/**
 * Publisher confirms: a message counts as taken by the broker only once it said so.
 */
public final class BrokerConfirms {

	private BrokerConfirms() {
	}

	/**
	 * Waits for the broker's answer to one message until the deadline
	 * ({@link System#nanoTime()}).
	 * @return why the message was not confirmed; empty when it was
	 */
	public static Optional<String> await(CorrelationData confirm, long deadlineNanos) {
		try {
			var result = confirm.getFuture().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
			return result.ack() ? Optional.empty() : Optional.of("refused by the broker: " + result.reason());
		}
		catch (TimeoutException | ExecutionException ex) {
			return Optional.of("no confirm from the broker");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AmqpException("Interrupted while waiting for a confirm", ex);
		}
	}

}
