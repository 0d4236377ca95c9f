package dev.ticketing.notifier.support;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.notifier.notification.EventNotifier;

import org.springframework.core.Ordered;

import static org.awaitility.Awaitility.await;

/**
 * The last notifier: it is handed an event only after the notifiers before it (e-mail)
 * are done with it, so a test can wait for an event that should notify no one and then
 * check that no one was notified. Notifiers without an order of their own may come after
 * it.
 */
public class HandledEvents implements EventNotifier, Ordered {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final Map<UUID, AtomicInteger> handled = new ConcurrentHashMap<>();

	@Override
	public void notify(TicketEvent event) {
		this.handled.computeIfAbsent(event.eventId(), (id) -> new AtomicInteger()).incrementAndGet();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Waits until every notifier has handled the event at least {@code times} times. */
	public void awaitHandled(TicketEvent event, int times) {
		await().atMost(TIMEOUT).until(() -> count(event) >= times);
	}

	public void awaitHandled(TicketEvent event) {
		awaitHandled(event, 1);
	}

	public int count(TicketEvent event) {
		AtomicInteger count = this.handled.get(event.eventId());
		return (count != null) ? count.get() : 0;
	}

}
