package dev.ticketing.service.ticket;

import java.time.Instant;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.cti.CtiManagement;
import dev.ticketing.service.cti.CtiPath;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.user.UserManagement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns a PATCH into the ticket's own changes, checking what the ticket cannot check
 * alone: who may close it, that the assignee exists, that the new routing holds together.
 */
@Component
class TicketEdits {

	private final CtiManagement cti;

	private final UserManagement users;

	TicketEdits(CtiManagement cti, UserManagement users) {
		this.cti = cti;
		this.users = users;
	}

	void apply(Ticket ticket, UpdateTicketRequest request, CurrentUser actor, Instant now) {
		if (request.title() != null) {
			ticket.retitle(request.title().strip(), now);
		}
		if (request.overview() != null) {
			ticket.rewriteOverview(request.overview(), now);
		}
		if (request.severity() != null) {
			ticket.changeSeverity(request.severity(), now);
		}
		if (request.status() != null) {
			if (request.status() == TicketStatus.CLOSED && ticket.getStatus() != TicketStatus.CLOSED
					&& !actor.isAdmin()) {
				throw new AccessDeniedException("Only an ADMIN can close a ticket");
			}
			ticket.changeStatus(request.status(), now);
		}
		if (request.assigneeId() != null) {
			UUID assigneeId = request.assigneeId().orElse(null);
			requireAssignee(assigneeId);
			ticket.assignTo(assigneeId, now);
		}
		if (request.reroutes()) {
			ticket.reroute(routing(ticket.routing(), request), now);
		}
	}

	/** The assignee, when there is one, must be a user. */
	void requireAssignee(UUID userId) {
		if (userId != null && this.users.findById(userId).isEmpty()) {
			throw new InvalidFieldException("assigneeId", "names no user");
		}
	}

	/** The routing a PATCH asks for: the ids it sends, the current ones for the rest. */
	private Routing routing(Routing current, UpdateTicketRequest request) {
		CtiPath path = this.cti.resolve(orElse(request.categoryId(), current.categoryId()),
				orElse(request.typeId(), current.typeId()), orElse(request.itemId(), current.itemId()));
		return Routing.of(path);
	}

	private static UUID orElse(UUID value, UUID fallback) {
		return (value != null) ? value : fallback;
	}

}
