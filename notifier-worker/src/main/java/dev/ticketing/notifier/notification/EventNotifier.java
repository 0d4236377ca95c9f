package dev.ticketing.notifier.notification;

import dev.ticketing.contracts.events.TicketEvent;

/**
 * One way of telling people and systems about a ticket event. Implementations must be
 * idempotent on {@code eventId}: a redelivered event, or one retried because another
 * notifier failed, notifies no one twice.
 */
public interface EventNotifier {

	void notify(TicketEvent event);

}
