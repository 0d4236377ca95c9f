package dev.ticketing.contracts.rest;

/**
 * What a user may do: ADMIN everything; AGENT and SERVICE work tickets (not closing
 * them); USER views and comments. SERVICE accounts authenticate with an API key only.
 */
public enum Role {

	ADMIN, AGENT, USER, SERVICE;

	public boolean worksTickets() {
		return this != USER;
	}

}
