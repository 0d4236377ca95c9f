package dev.ticketing.service.ticket;

import dev.ticketing.service.user.UserDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account is deleted, its tickets are unassigned the way a person would do it,
 * one event each, so the audit log and subscribers hear of it rather than the foreign key
 * clearing the assignee silently.
 */
@Component
class DepartingAssignees {

	private final TicketRepository tickets;

	private final TicketManagement management;

	DepartingAssignees(TicketRepository tickets, TicketManagement management) {
		this.tickets = tickets;
		this.management = management;
	}

	@EventListener
	void unassignTicketsOf(UserDeleted deleted) {
		for (var id : this.tickets.findIdsByAssigneeId(deleted.userId())) {
			this.management.unassign(id, deleted.deletedBy());
		}
	}

}
