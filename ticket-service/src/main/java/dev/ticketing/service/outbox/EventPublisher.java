package dev.ticketing.service.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.service.outbox.OutboxRows.OutboxRow;
import dev.ticketing.service.shared.BrokerConfirms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes events to {@code ticketing.events} on one channel, so they leave in order,
 * and says which of them the broker confirmed.
 */
@Component
class EventPublisher {

	private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

	private final RabbitTemplate rabbit;

	EventPublisher(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	/**
	 * Publishes the events in order and waits for their confirms.
	 * @return the ids of the leading events the broker confirmed; publishing stops
	 * counting at the first one it did not, so that a retry keeps the order
	 */
	List<Long> publish(List<OutboxRow> rows, Duration confirmTimeout) {
		List<CorrelationData> confirms = this.rabbit.invoke((operations) -> {
			List<CorrelationData> sent = new ArrayList<>();
			for (OutboxRow row : rows) {
				CorrelationData confirm = new CorrelationData(row.eventId().toString());
				operations.send(Messaging.EVENTS_EXCHANGE, row.routingKey(), message(row), confirm);
				sent.add(confirm);
			}
			return sent;
		});
		List<Long> confirmed = new ArrayList<>();
		long deadline = System.nanoTime() + confirmTimeout.toNanos();
		for (int i = 0; i < rows.size(); i++) {
			if (!confirmed(confirms.get(i), deadline)) {
				break;
			}
			confirmed.add(rows.get(i).id());
		}
		return confirmed;
	}

	private boolean confirmed(CorrelationData confirm, long deadline) {
		Optional<String> failure = BrokerConfirms.await(confirm, deadline);
		failure.ifPresent((reason) -> log.warn("Event {} not published: {}", confirm.getId(), reason));
		if (failure.isEmpty() && confirm.getReturned() != null) {
			log.warn("Event {} reached no queue ({}): no consumer is bound for it", confirm.getId(),
					confirm.getReturned().getRoutingKey());
		}
		return failure.isEmpty();
	}

	private static Message message(OutboxRow row) {
		return MessageBuilder.withBody(row.payload().getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(row.eventId().toString())
			.setType(row.routingKey())
			.setTimestamp(Date.from(row.createdAt()))
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setAppId("ticket-service")
			.build();
	}

}
