package dev.ticketing.service.ticket;

import java.util.UUID;

import dev.ticketing.service.cti.CtiPath;

/**
 * The CTI ids a ticket is routed to.
 */
record Routing(UUID categoryId, UUID typeId, UUID itemId) {

	static Routing of(CtiPath path) {
		return new Routing(path.category().id(), path.type().id(), path.item().id());
	}

}
