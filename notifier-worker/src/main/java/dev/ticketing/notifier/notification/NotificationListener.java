package dev.ticketing.notifier.notification;

import java.util.List;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.notifier.messaging.DatabaseOutages;
import dev.ticketing.notifier.messaging.EventReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Hands every event on {@code ticketing.notifications} to each notifier (e-mail,
 * webhooks), in their order.
 */
@Component
class NotificationListener {

	private final EventReader reader;

	private final List<EventNotifier> notifiers;

	private final DatabaseOutages outages;

	private final Counter consumed;

	NotificationListener(EventReader reader, List<EventNotifier> notifiers, DatabaseOutages outages,
			MeterRegistry meters) {
		this.reader = reader;
		this.outages = outages;
		this.notifiers = notifiers;
		this.consumed = Counter.builder("ticketing.events.consumed")
			.description("Events taken from a queue")
			.tag("queue", Messaging.NOTIFICATIONS_QUEUE)
			.register(meters);
	}

	@RabbitListener(queues = Messaging.NOTIFICATIONS_QUEUE)
	void onEvent(Message message) {
		TicketEvent event = this.reader.read(message);
		this.consumed.increment();
		RuntimeException firstFailure = null;
		for (EventNotifier notifier : this.notifiers) {
			try {
				this.outages.outlast(() -> notifier.notify(event));
			}
			catch (RuntimeException ex) {
				firstFailure = (firstFailure != null) ? firstFailure : ex;
			}
		}
		if (firstFailure != null) {
			throw firstFailure;
		}
	}

}
