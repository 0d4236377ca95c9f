package dev.ticketing.notifier.messaging;

import java.util.Map;

import dev.ticketing.contracts.Messaging;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Every consumer: acknowledges a message only after handling it, holds a bounded number
 * at once, retries a failing message a few times with backoff, then moves it to its
 * queue's {@code .dlq} with the error in {@code x-ticketing-error}, so that nothing loops
 * forever and one bad message never blocks the others. Giving up is decided here rather
 * than by the broker's delivery limit, which some brokers do not count for Spring's
 * nacks.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

	@Bean
	SimpleRabbitListenerContainerFactory rabbitListenerContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			ListenerProperties properties, MessageRecoverer deadLetters) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
		factory.setPrefetchCount(properties.prefetch());
		factory.setConcurrentConsumers(properties.concurrency());
		factory.setDefaultRequeueRejected(false);
		factory.setAdviceChain(RetryInterceptorBuilder.stateless()
			.maxRetries(properties.attempts() - 1)
			.backOffOptions(properties.firstRetry().toMillis(), 2.0, properties.firstRetry().toMillis() * 8)
			.recoverer(deadLetters)
			.build());
		return factory;
	}

	@Bean
	MessageRecoverer deadLetters(RabbitTemplate rabbit) {
		var parser = new SpelExpressionParser();
		return new RepublishMessageRecovererWithConfirms(rabbit,
				parser.parseExpression("'" + Messaging.DEAD_LETTER_EXCHANGE + "'"),
				parser.parseExpression("messageProperties.consumerQueue + '.dlq'"),
				CachingConnectionFactory.ConfirmType.CORRELATED) {

			@Override
			protected Map<? extends String, ?> additionalHeaders(Message message, Throwable cause) {
				Throwable reason = cause;
				while (reason instanceof ListenerExecutionFailedException && reason.getCause() != null) {
					reason = reason.getCause();
				}
				return Map.of(Messaging.ERROR_HEADER, reason.getClass().getSimpleName() + ": " + reason.getMessage());
			}

		};
	}

}
