package dev.ticketing.service.ticket;

/**
 * Lengths a ticket's texts may have, in characters.
 */
final class TicketLimits {

	static final int TITLE = 500;

	static final int OVERVIEW = 100_000;

	private TicketLimits() {
	}

}
