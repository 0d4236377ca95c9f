package dev.ticketing.notifier.email;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * An e-mail that could not be sent. Its message names the event, the user and the kinds
 * of error, never the address, and it keeps no cause: the listener logs the failure and
 * the dead-letter queue keeps its message, while a mail error's message often holds the
 * address. The whole error is logged at DEBUG.
 */
class EmailNotSentException extends RuntimeException {

	EmailNotSentException(UUID eventId, UUID userId, MailException cause) {
		super("E-mail of event " + eventId + " to user " + userId + " not sent: " + String.join(" ← ", kinds(cause)));
	}

	/** e.g. {@code MailSendException ← AddressException}. */
	private static Set<String> kinds(Throwable ex) {
		Set<String> kinds = new LinkedHashSet<>();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			kinds.add(cause.getClass().getSimpleName());
			if (cause instanceof MailSendException send) {
				for (Exception failure : send.getMessageExceptions()) {
					kinds.addAll(kinds(failure));
				}
			}
		}
		return kinds;
	}

}
