package dev.ticketing.contracts.rest;

/**
 * Where a ticket is in its lifecycle: OPEN → IN_PROGRESS → RESOLVED → CLOSED.
 */
public enum TicketStatus {

	OPEN("Open"), IN_PROGRESS("In Progress"), RESOLVED("Resolved"), CLOSED("Closed");

	private final String label;

	TicketStatus(String label) {
		this.label = label;
	}

	/** The name people read, as in the audit detail {@code Open → In Progress}. */
	public String label() {
		return this.label;
	}

}
