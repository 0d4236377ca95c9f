package dev.ticketing.notifier.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.notifier.messaging.DatabaseOutages;
import dev.ticketing.notifier.messaging.EventReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Turns every audited event on {@code ticketing.audit} into its audit log entry.
 */
@Component
class AuditListener {

	private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

	/** Foreign key violation: the event's ticket no longer exists. */
	private static final String TICKET_GONE = "23503";

	private final EventReader reader;

	private final AuditLog auditLog;

	private final DatabaseOutages outages;

	private final Clock clock;

	private final Counter consumed;

	private final Timer lag;

	AuditListener(EventReader reader, AuditLog auditLog, DatabaseOutages outages, Clock clock, MeterRegistry meters) {
		this.reader = reader;
		this.outages = outages;
		this.auditLog = auditLog;
		this.clock = clock;
		this.consumed = Counter.builder("ticketing.events.consumed")
			.description("Events taken from a queue")
			.tag("queue", Messaging.AUDIT_QUEUE)
			.register(meters);
		this.lag = Timer.builder("ticketing.audit.lag")
			.description("From the change to its audit log entry")
			.register(meters);
	}

	@RabbitListener(queues = Messaging.AUDIT_QUEUE)
	void onEvent(Message message) {
		TicketEvent event = this.reader.read(message);
		this.consumed.increment();
		if (!event.type().audited()) {
			return;
		}
		this.outages.outlast(() -> append(event));
	}

	private void append(TicketEvent event) {
		try {
			if (this.auditLog.append(event)) {
				this.lag.record(Duration.between(event.occurredAt(), this.clock.instant()));
			}
		}
		catch (DataIntegrityViolationException ex) {
			if (!TICKET_GONE.equals(sqlState(ex))) {
				throw ex;
			}
			log.info("Dropped {} event {}: ticket {} was deleted meanwhile", event.type().routingKey(), event.eventId(),
					event.displayId());
		}
	}

	private static String sqlState(DataIntegrityViolationException ex) {
		return (ex.getMostSpecificCause() instanceof SQLException sql) ? sql.getSQLState() : null;
	}

}
