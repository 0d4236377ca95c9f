package dev.ticketing.notifier.support;

import java.time.Instant;
import java.util.UUID;

import dev.ticketing.contracts.rest.CommentCount;
import dev.ticketing.contracts.rest.NamedRef;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.contracts.rest.UserRef;

/**
 * Tickets as events carry them, for tests without a database: ticket V000000042 of
 * severity 2, In Progress.
 */
public final class TicketSnapshots {

	private TicketSnapshots() {
	}

	/**
	 * @param createdBy the creator, or {@code null}
	 * @param assignee the assignee, or {@code null}
	 */
	public static TicketResponse ticket(String title, UserRef createdBy, UserRef assignee) {
		NamedRef queue = new NamedRef(UUID.randomUUID(), "Queue");
		Instant now = Instant.now();
		return new TicketResponse(UUID.randomUUID(), "V000000042", title, "", 2, TicketStatus.IN_PROGRESS, queue.id(),
				queue.id(), queue.id(), (assignee != null) ? assignee.id() : null,
				(createdBy != null) ? createdBy.id() : null, null, now, now, queue, queue, queue, assignee, createdBy,
				new CommentCount(0));
	}

	public static UserRef user(String name) {
		return new UserRef(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name);
	}

}
