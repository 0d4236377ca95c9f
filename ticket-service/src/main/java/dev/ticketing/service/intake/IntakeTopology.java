package dev.ticketing.service.intake;

import dev.ticketing.contracts.Messaging;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake queue (a quorum queue: n8n publishes without the persistent flag) and its
 * dead-letter queue, declared here because n8n only publishes to a queue that exists.
 */
@Configuration(proxyBeanMethods = false)
class IntakeTopology {

	@Bean
	Declarables intakeQueues() {
		DirectExchange deadLetters = new DirectExchange(Messaging.DEAD_LETTER_EXCHANGE, true, false);
		Queue intake = new Queue(Messaging.TICKET_CREATE_QUEUE, true, false, false,
				Messaging.queueArguments(Messaging.TICKET_CREATE_QUEUE));
		Queue rejected = new Queue(Messaging.deadLetterQueue(Messaging.TICKET_CREATE_QUEUE), true, false, false,
				Messaging.deadLetterQueueArguments());
		return new Declarables(deadLetters, intake, rejected,
				BindingBuilder.bind(rejected).to(deadLetters).with(rejected.getName()));
	}

	/**
	 * Acknowledges each message after its ticket was committed; a bounded number at once.
	 */
	@Bean
	SimpleRabbitListenerContainerFactory intakeContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			IntakeProperties properties) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
		factory.setPrefetchCount(properties.prefetch());
		factory.setConcurrentConsumers(properties.concurrency());
		factory.setDefaultRequeueRejected(true);
		return factory;
	}

}
