package dev.ticketing.notifier.messaging;

import dev.ticketing.contracts.events.TicketEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

/**
 * Reads the v1 envelope from a message body, whatever its content type says.
 */
@Component
public class EventReader {

	private final JsonMapper json;

	EventReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @throws AmqpRejectAndDontRequeueException when the body is no v1 event: retrying
	 * cannot help
	 */
	public TicketEvent read(Message message) {
		try {
			TicketEvent event = this.json.readValue(message.getBody(), TicketEvent.class);
			if (event.eventId() == null || event.type() == null || event.ticketId() == null) {
				throw new AmqpRejectAndDontRequeueException(
						"Not a ticket event: eventId, type and ticketId are required");
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new AmqpRejectAndDontRequeueException("Not a ticket event: " + ex.getOriginalMessage(), ex);
		}
	}

}
