package dev.ticketing.service.ticket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.FieldChange;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.service.cti.CtiPath;
import dev.ticketing.service.outbox.Outbox;
import dev.ticketing.service.ticket.TicketChange.AssigneeChanged;
import dev.ticketing.service.ticket.TicketChange.OverviewChanged;
import dev.ticketing.service.ticket.TicketChange.Rerouted;
import dev.ticketing.service.ticket.TicketChange.SeverityChanged;
import dev.ticketing.service.ticket.TicketChange.StatusChanged;
import dev.ticketing.service.ticket.TicketChange.TitleChanged;

import org.springframework.stereotype.Component;

/**
 * Turns a ticket's recorded changes into events, with the detail the audit log shows: the
 * names people know come from the ticket as it was before and after the change.
 */
@Component
class TicketEvents {

	private final Outbox outbox;

	TicketEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	void created(TicketResponse ticket, UserRef actor) {
		this.outbox.record(EventType.CREATED, ticket, actor, null, Map.of());
	}

	void deleted(TicketResponse ticket, UserRef actor) {
		this.outbox.record(EventType.DELETED, ticket, actor, null, Map.of());
	}

	void changed(TicketChange change, TicketResponse before, TicketResponse after, UserRef actor) {
		if (change instanceof StatusChanged c) {
			this.outbox.record(EventType.STATUS_CHANGED, after, actor, c.from().label() + " → " + c.to().label(),
					Map.of("status", new FieldChange(c.from(), c.to())));
		}
		else if (change instanceof SeverityChanged c) {
			this.outbox.record(EventType.SEVERITY_CHANGED, after, actor, "SEV " + c.from() + " → SEV " + c.to(),
					Map.of("severity", new FieldChange(c.from(), c.to())));
		}
		else if (change instanceof AssigneeChanged c) {
			this.outbox.record(EventType.ASSIGNEE_CHANGED, after, actor,
					name(before.assignee()) + " → " + name(after.assignee()),
					Map.of("assigneeId", new FieldChange(c.from(), c.to())));
		}
		else if (change instanceof Rerouted c) {
			this.outbox.record(EventType.REROUTED, after, actor, path(before) + " → " + path(after), routingChanges(c));
		}
		else if (change instanceof TitleChanged c) {
			this.outbox.record(EventType.TITLE_CHANGED, after, actor, c.to(),
					Map.of("title", new FieldChange(c.from(), c.to())));
		}
		else if (change instanceof OverviewChanged c) {
			this.outbox.record(EventType.OVERVIEW_CHANGED, after, actor, null,
					Map.of("overview", new FieldChange(c.from(), c.to())));
		}
	}

	private static Map<String, FieldChange> routingChanges(Rerouted change) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		putIfChanged(changes, "categoryId", change.from().categoryId(), change.to().categoryId());
		putIfChanged(changes, "typeId", change.from().typeId(), change.to().typeId());
		putIfChanged(changes, "itemId", change.from().itemId(), change.to().itemId());
		return changes;
	}

	private static void putIfChanged(Map<String, FieldChange> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.put(field, new FieldChange(from, to));
		}
	}

	private static String name(UserRef user) {
		return (user != null) ? user.displayName() : "Unassigned";
	}

	private static String path(TicketResponse ticket) {
		return new CtiPath(ticket.category(), ticket.type(), ticket.item()).label();
	}

}
