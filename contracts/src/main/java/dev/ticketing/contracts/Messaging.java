package dev.ticketing.contracts;

import java.util.Map;

/**
 * Names of the exchanges and queues of the v1 messaging contract.
 */
public final class Messaging {

	/**
	 * Topic exchange carrying one message per ticket change, routing key
	 * {@code ticket.<event>}.
	 */
	public static final String EVENTS_EXCHANGE = "ticketing.events";

	/**
	 * Dead-letter exchange; every queue {@code Q} has its dead letters in {@code Q.dlq}.
	 */
	public static final String DEAD_LETTER_EXCHANGE = "ticketing.dlx";

	/**
	 * Intake queue: a message with the body of {@code POST /api/tickets} opens a ticket.
	 */
	public static final String TICKET_CREATE_QUEUE = "ticketing.ticket-create";

	public static final String AUDIT_QUEUE = "ticketing.audit";

	public static final String NOTIFICATIONS_QUEUE = "ticketing.notifications";

	/** Header carrying the idempotency key of an intake message. */
	public static final String IDEMPOTENCY_KEY_HEADER = "x-idempotency-key";

	/** Header carrying why a message was dead-lettered. */
	public static final String ERROR_HEADER = "x-ticketing-error";

	private Messaging() {
	}

	public static String deadLetterQueue(String queue) {
		return queue + ".dlq";
	}

	/**
	 * The arguments every application declares queue {@code queue} with: a quorum queue
	 * whose rejected messages go through {@link #DEAD_LETTER_EXCHANGE} to
	 * {@code queue.dlq}. A broker refuses a second declaration with other arguments, so
	 * they live here, once.
	 */
	public static Map<String, Object> queueArguments(String queue) {
		return Map.of("x-queue-type", "quorum", "x-dead-letter-exchange", DEAD_LETTER_EXCHANGE,
				"x-dead-letter-routing-key", deadLetterQueue(queue));
	}

	/**
	 * The arguments of a dead-letter queue: quorum, so dead letters survive a broker
	 * restart.
	 */
	public static Map<String, Object> deadLetterQueueArguments() {
		return Map.of("x-queue-type", "quorum");
	}

}
