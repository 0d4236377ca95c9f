package dev.ticketing.notifier.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.notifier.webhook.WebhookDeliveries.Delivery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Calls the webhooks that are due, a few at a time. A 2xx answer delivers; anything else
 * is retried with exponential backoff, and after the last attempt the delivery is
 * dead-lettered to {@code ticketing.notifications.dlq} with the reason in
 * {@code x-ticketing-error}.
 */
@Component
class WebhookDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final WebhookDeliveries deliveries;

	private final WebhookSender sender;

	private final RabbitTemplate rabbit;

	private final WebhookProperties properties;

	private final Clock clock;

	private final ExecutorService calls;

	private final Counter delivered;

	private final Counter failed;

	private volatile boolean failing;

	WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, RabbitTemplate rabbit,
			WebhookProperties properties, Clock clock, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.rabbit = rabbit;
		this.properties = properties;
		this.clock = clock;
		this.calls = Executors.newFixedThreadPool(properties.parallel());
		this.delivered = Counter.builder("ticketing.webhooks.delivered").register(meters);
		this.failed = Counter.builder("ticketing.deliveries.failed").tag("channel", "webhook").register(meters);
	}

	@Scheduled(fixedDelayString = "${ticketing.webhooks.poll:1s}")
	void dispatchDue() throws InterruptedException {
		try {
			List<Delivery> due;
			while (!(due = this.deliveries.claimDue(this.properties.parallel() * 4, LEASE)).isEmpty()) {
				List<Future<?>> running = due.stream()
					.<Future<?>>map((d) -> this.calls.submit(() -> attempt(d)))
					.toList();
				for (Future<?> call : running) {
					call.get();
				}
			}
			if (this.failing) {
				log.info("Delivering webhooks again");
				this.failing = false;
			}
		}
		catch (RuntimeException | ExecutionException ex) {
			// said once, not at every poll: deliveries wait in the table until the
			// database answers again
			if (!this.failing) {
				log.warn("Cannot deliver webhooks now, trying again: {}", ex.getMessage());
				this.failing = true;
			}
		}
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
	void pruneFinished() {
		this.deliveries.pruneFinishedBefore(this.clock.instant().minus(this.properties.retention()));
	}

	private void attempt(Delivery delivery) {
		Integer code = null;
		String error;
		try {
			code = this.sender.send(delivery);
			if (code >= 200 && code < 300) {
				this.deliveries.delivered(delivery, code);
				this.delivered.increment();
				return;
			}
			error = "HTTP " + code;
		}
		catch (RestClientException | IllegalArgumentException ex) {
			error = ex.getMessage();
		}
		this.failed.increment();
		int calls = delivery.attempts() + 1;
		if (calls < this.properties.attempts()) {
			this.deliveries.retryLater(delivery, code, error, this.properties.retryAfter(calls));
			return;
		}
		deadLetter(delivery, error);
		this.deliveries.deadLettered(delivery, code, error);
	}

	private void deadLetter(Delivery delivery, String error) {
		log.warn("Webhook {} gave up on event {} after {} calls: {}", delivery.webhookId(), delivery.eventId(),
				this.properties.attempts(), error);
		var message = MessageBuilder.withBody(delivery.payload().getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(delivery.eventId().toString())
			.setType(delivery.eventType())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setHeader(Messaging.ERROR_HEADER,
					"Webhook " + delivery.url() + " failed " + this.properties.attempts() + " times, last: " + error)
			.setHeader("x-ticketing-webhook-id", delivery.webhookId().toString())
			.setHeader("x-ticketing-delivery", delivery.id().toString())
			.build();
		this.rabbit.send(Messaging.DEAD_LETTER_EXCHANGE, Messaging.deadLetterQueue(Messaging.NOTIFICATIONS_QUEUE),
				message);
	}

	@Override
	public void destroy() {
		this.calls.shutdownNow();
	}

}
