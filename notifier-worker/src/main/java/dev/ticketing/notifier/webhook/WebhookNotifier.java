package dev.ticketing.notifier.webhook;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.notifier.notification.EventNotifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Schedules one delivery per subscribed webhook. The calls themselves happen in
 * {@link WebhookDispatcher}, so a failing receiver is retried on its own without holding
 * up the queue or the other receivers.
 */
@Component
@Order(1)
class WebhookNotifier implements EventNotifier {

	private final WebhookDeliveries deliveries;

	private final JsonMapper json;

	WebhookNotifier(WebhookDeliveries deliveries, JsonMapper json) {
		this.deliveries = deliveries;
		this.json = json;
	}

	@Override
	public void notify(TicketEvent event) {
		this.deliveries.schedule(event, this.json.writeValueAsString(event));
	}

}
