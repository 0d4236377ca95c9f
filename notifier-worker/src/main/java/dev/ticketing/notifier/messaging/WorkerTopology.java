package dev.ticketing.notifier.messaging;

import java.util.ArrayList;
import java.util.List;

import dev.ticketing.contracts.Messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queues this worker consumes, bound to every ticket event, with their dead-letter
 * queues; declared with the contract's arguments, exactly as ticket-service and
 * {@code rabbitmq/definitions.json} declare them.
 */
@Configuration(proxyBeanMethods = false)
class WorkerTopology {

	@Bean
	Declarables workerQueues() {
		TopicExchange events = new TopicExchange(Messaging.EVENTS_EXCHANGE, true, false);
		DirectExchange deadLetters = new DirectExchange(Messaging.DEAD_LETTER_EXCHANGE, true, false);
		List<Declarable> declarables = new ArrayList<>(List.of(events, deadLetters));
		for (String name : List.of(Messaging.AUDIT_QUEUE, Messaging.NOTIFICATIONS_QUEUE)) {
			Queue queue = new Queue(name, true, false, false, Messaging.queueArguments(name));
			Queue deadLetterQueue = new Queue(Messaging.deadLetterQueue(name), true, false, false,
					Messaging.deadLetterQueueArguments());
			declarables.addAll(List.of(queue, deadLetterQueue, BindingBuilder.bind(queue).to(events).with("ticket.#"),
					BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(deadLetterQueue.getName())));
		}
		return new Declarables(declarables);
	}

}
