package dev.ticketing.service.ticket;

import java.util.UUID;

import dev.ticketing.contracts.rest.TicketStatus;

/**
 * One change a ticket went through, as recorded by the ticket itself; each becomes one
 * event.
 */
sealed interface TicketChange {

	record StatusChanged(TicketStatus from, TicketStatus to) implements TicketChange {
	}

	record SeverityChanged(int from, int to) implements TicketChange {
	}

	record AssigneeChanged(UUID from, UUID to) implements TicketChange {
	}

	record Rerouted(Routing from, Routing to) implements TicketChange {
	}

	record TitleChanged(String from, String to) implements TicketChange {
	}

	record OverviewChanged(String from, String to) implements TicketChange {
	}

}
