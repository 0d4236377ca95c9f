package dev.ticketing.notifier.support;

import java.nio.charset.StandardCharsets;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.TicketEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes to {@code ticketing.events} the way ticket-service's outbox relay does: JSON
 * body, routing key and {@code type} = the event type, {@code message_id} = the event id,
 * persistent.
 */
public class Events {

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	Events(RabbitTemplate rabbit, JsonMapper json) {
		this.rabbit = rabbit;
		this.json = json;
	}

	/** Publishes the event; publish it again to act out a redelivery. */
	public void publish(TicketEvent event) {
		String routingKey = event.type().routingKey();
		publish(routingKey,
				MessageBuilder.withBody(this.json.writeValueAsBytes(event))
					.setContentType(MessageProperties.CONTENT_TYPE_JSON)
					.setContentEncoding(StandardCharsets.UTF_8.name())
					.setMessageId(event.eventId().toString())
					.setType(routingKey)
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.setAppId("ticket-service")
					.build());
	}

	/** Publishes any message, e.g. one that is no event at all. */
	public void publish(String routingKey, Message message) {
		this.rabbit.send(Messaging.EVENTS_EXCHANGE, routingKey, message);
	}

}
