package dev.ticketing.service.intake;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.shared.Backoff;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.UnprocessableException;
import dev.ticketing.service.ticket.CreateTicketRequest;
import dev.ticketing.service.ticket.TicketManagement;
import dev.ticketing.service.user.UserManagement;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Opens a ticket for every message on {@code ticketing.ticket-create}, through the same
 * validation and code path as {@code POST /api/tickets}, as the configured SERVICE
 * account. The idempotency key is the header {@code x-idempotency-key}, else the
 * {@code message_id}. Invalid messages go to the dead-letter queue with the reason; while
 * the database is unreachable the message is retried in place, neither dead-lettered nor
 * lost.
 */
@Component
class TicketIntake {

	private static final Logger log = LoggerFactory.getLogger(TicketIntake.class);

	private final TicketManagement tickets;

	private final UserManagement users;

	private final Validator validator;

	private final JsonMapper json;

	private final IntakeReplies replies;

	private final IntakeDeadLetters deadLetters;

	private final IntakeProperties properties;

	TicketIntake(TicketManagement tickets, UserManagement users, Validator validator, JsonMapper json,
			IntakeReplies replies, IntakeDeadLetters deadLetters, IntakeProperties properties) {
		this.tickets = tickets;
		this.users = users;
		this.validator = validator;
		this.json = json;
		this.replies = replies;
		this.deadLetters = deadLetters;
		this.properties = properties;
	}

	@RabbitListener(queues = Messaging.TICKET_CREATE_QUEUE, containerFactory = "intakeContainerFactory")
	void onMessage(Message message) throws InterruptedException {
		Backoff backoff = new Backoff(Duration.ofSeconds(1), this.properties.maxRetryWait());
		while (true) {
			try {
				open(message);
				return;
			}
			catch (InvalidMessageException ex) {
				reject(message, ex.errors());
				return;
			}
			catch (RuntimeException ex) {
				if (!isTransient(ex)) {
					log.warn("Ticket intake could not store a message, it goes to the dead-letter queue", ex);
					reject(message, List.of(error("body", "could not be stored: " + ex.getClass().getSimpleName())));
					return;
				}
				Duration wait = backoff.next();
				log.warn("Ticket intake retries in {}: {}", wait, ex.getMessage());
				Thread.sleep(wait.toMillis());
			}
		}
	}

	/**
	 * Invalid, or failing for a reason no retry mends: to the dead-letter queue, never
	 * back on the queue.
	 */
	private void reject(Message message, List<Map<String, String>> errors) {
		this.deadLetters.reject(message, reason(errors));
		this.replies.rejected(message, errors);
	}

	private void open(Message message) {
		CreateTicketRequest request = parse(message);
		validate(request);
		try {
			TicketResponse ticket = this.tickets.open(request, serviceAccount(), idempotencyKey(message)).ticket();
			this.replies.created(message, ticket.id(), ticket.displayId());
		}
		catch (InvalidFieldException ex) {
			throw new InvalidMessageException(List.of(error(ex.field(), ex.getMessage())));
		}
		catch (UnprocessableException ex) {
			throw new InvalidMessageException(List.of(error(Messaging.IDEMPOTENCY_KEY_HEADER, ex.getMessage())));
		}
	}

	private CreateTicketRequest parse(Message message) {
		try {
			return this.json.readValue(message.getBody(), CreateTicketRequest.class);
		}
		catch (DatabindException ex) {
			String field = ex.getPath().isEmpty() ? "body" : ex.getPath().get(0).getPropertyName();
			throw new InvalidMessageException(
					List.of(error((field != null) ? field : "body", "has the wrong type or an unknown value")));
		}
		catch (JacksonException ex) {
			throw new InvalidMessageException(List.of(error("body", "is not valid JSON")));
		}
	}

	private void validate(CreateTicketRequest request) {
		if (request == null) {
			throw new InvalidMessageException(List.of(error("body", "is empty")));
		}
		List<Map<String, String>> errors = this.validator.validate(request)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
			.map((v) -> error(v.getPropertyPath().toString(), v.getMessage()))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidMessageException(errors);
		}
	}

	private CurrentUser serviceAccount() {
		return this.users.findByUsername(this.properties.serviceAccount())
			.map(CurrentUser::of)
			.orElseThrow(() -> new TransientDataAccessResourceException(
					"The intake's service account '" + this.properties.serviceAccount() + "' does not exist"));
	}

	private static String idempotencyKey(Message message) {
		Object header = message.getMessageProperties().getHeader(Messaging.IDEMPOTENCY_KEY_HEADER);
		return (header != null) ? header.toString() : message.getMessageProperties().getMessageId();
	}

	/**
	 * Failures that go away by themselves: the database is unreachable, or the service
	 * account not made yet.
	 */
	private static boolean isTransient(RuntimeException ex) {
		return ex instanceof TransientDataAccessException || ex instanceof RecoverableDataAccessException
				|| ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException;
	}

	private static String reason(List<Map<String, String>> errors) {
		return errors.stream().map((e) -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; "));
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	/** A message no retry can turn into a ticket. */
	private static final class InvalidMessageException extends RuntimeException {

		private final List<Map<String, String>> errors;

		InvalidMessageException(List<Map<String, String>> errors) {
			super(null, null, false, false);
			this.errors = errors;
		}

		List<Map<String, String>> errors() {
			return this.errors;
		}

	}

}
