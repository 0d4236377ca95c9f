package dev.ticketing.service.intake;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.ticketing.contracts.Messaging;

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
		try {
			if (!confirm.getFuture().get(10, TimeUnit.SECONDS).ack()) {
				throw new AmqpException("The broker refused the dead letter");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AmqpException("Interrupted while dead-lettering", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new AmqpException("The broker did not confirm the dead letter", ex);
		}
	}

}
