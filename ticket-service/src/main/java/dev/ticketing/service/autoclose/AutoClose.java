package dev.ticketing.service.autoclose;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.ticketing.service.ticket.ResolvedTicket;
import dev.ticketing.service.ticket.TicketManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Closes the RESOLVED tickets that are due, a page of ids at a time and each ticket in a
 * transaction of its own, so a backlog of any size never becomes one long transaction or
 * a list in memory. Safe to run on several instances at once: each ticket is closed under
 * its row lock, by whichever run gets there first.
 */
@Component
class AutoClose {

	private static final Logger log = LoggerFactory.getLogger(AutoClose.class);

	/** Failures in a row after which the run gives up: the database is likely gone. */
	private static final int MAX_FAILURES_IN_A_ROW = 10;

	private final TicketManagement tickets;

	private final AutoCloseProperties properties;

	private final Clock clock;

	AutoClose(TicketManagement tickets, AutoCloseProperties properties, Clock clock) {
		this.tickets = tickets;
		this.properties = properties;
		this.clock = clock;
	}

	/** Closes the tickets that are due now. */
	int closeDue(BooleanSupplier cancelled) {
		return closeResolvedBefore(this.clock.instant().minus(this.properties.after()), cancelled);
	}

	/**
	 * Closes the tickets RESOLVED since before the cutoff, until none is left or the run
	 * is cancelled.
	 * @return how many tickets this run closed
	 */
	int closeResolvedBefore(Instant cutoff, BooleanSupplier cancelled) {
		int closed = 0;
		int failuresInARow = 0;
		ResolvedTicket last = null;
		List<ResolvedTicket> page;
		do {
			page = this.tickets.resolvedBefore(cutoff, last, this.properties.batchSize());
			for (ResolvedTicket due : page) {
				if (cancelled.getAsBoolean()) {
					log.info("Auto-close stopped after closing {} tickets", closed);
					return closed;
				}
				try {
					closed += this.tickets.autoClose(due.id(), cutoff) ? 1 : 0;
					failuresInARow = 0;
				}
				catch (RuntimeException ex) {
					log.warn("Could not auto-close ticket {}; the next run tries again", due.id(), ex);
					if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
						throw new IllegalStateException("Auto-close gave up after " + failuresInARow
								+ " failures in a row, having closed " + closed + " tickets", ex);
					}
				}
				last = due;
			}
		}
		while (page.size() == this.properties.batchSize());
		if (closed > 0) {
			log.info("Auto-closed {} tickets resolved before {}", closed, cutoff);
		}
		return closed;
	}

}
