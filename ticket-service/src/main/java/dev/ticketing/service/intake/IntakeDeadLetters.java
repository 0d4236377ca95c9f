package dev.ticketing.service.intake;

import java.time.Duration;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.service.shared.BrokerConfirms;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a message that cannot become a ticket to {@code ticketing.ticket-create.dlq},
 * unchanged but for the reason in {@code x-ticketing-error}, and only lets the caller
 * acknowledge it once the broker confirmed the copy: a rejected message is kept, never
 * dropped.
 */
@Component
class IntakeDeadLetters {

	private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

	private final RabbitTemplate rabbit;

	IntakeDeadLetters(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	void reject(Message message, String reason) {
		Message copy = MessageBuilder.fromClonedMessage(message)
			.setHeader(Messaging.ERROR_HEADER, reason)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
		CorrelationData confirm = new CorrelationData();
		this.rabbit.send(Messaging.DEAD_LETTER_EXCHANGE, Messaging.deadLetterQueue(Messaging.TICKET_CREATE_QUEUE), copy,
				confirm);
		BrokerConfirms.await(confirm, System.nanoTime() + CONFIRM_TIMEOUT.toNanos()).ifPresent((failure) -> {
			throw new AmqpException("The dead letter was not kept: " + failure);
		});
	}

}
