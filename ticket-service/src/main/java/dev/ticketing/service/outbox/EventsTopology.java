package dev.ticketing.service.outbox;

import dev.ticketing.contracts.Messaging;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchange events go to, and the notifier-worker's queues with their dead-letter
 * queues. Declaring the queues here too means events published before the worker ever
 * started wait for it instead of being lost.
 */
@Configuration(proxyBeanMethods = false)
class EventsTopology {

	@Bean
	Declarables eventExchangeAndQueues() {
		TopicExchange events = new TopicExchange(Messaging.EVENTS_EXCHANGE, true, false);
		DirectExchange deadLetters = new DirectExchange(Messaging.DEAD_LETTER_EXCHANGE, true, false);
		Queue audit = queue(Messaging.AUDIT_QUEUE);
		Queue notifications = queue(Messaging.NOTIFICATIONS_QUEUE);
		Queue auditDeadLetters = deadLetterQueue(Messaging.AUDIT_QUEUE);
		Queue notificationDeadLetters = deadLetterQueue(Messaging.NOTIFICATIONS_QUEUE);
		return new Declarables(events, deadLetters, audit, notifications, auditDeadLetters, notificationDeadLetters,
				everyTicketEvent(audit, events), everyTicketEvent(notifications, events),
				BindingBuilder.bind(auditDeadLetters).to(deadLetters).with(auditDeadLetters.getName()),
				BindingBuilder.bind(notificationDeadLetters).to(deadLetters).with(notificationDeadLetters.getName()));
	}

	private static Queue queue(String name) {
		return new Queue(name, true, false, false, Messaging.queueArguments(name));
	}

	private static Queue deadLetterQueue(String queue) {
		return new Queue(Messaging.deadLetterQueue(queue), true, false, false, Messaging.deadLetterQueueArguments());
	}

	private static Binding everyTicketEvent(Queue queue, TopicExchange events) {
		return BindingBuilder.bind(queue).to(events).with("ticket.#");
	}

}
