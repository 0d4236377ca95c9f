package dev.ticketing.notifier.email;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;

/**
 * What an event tells by e-mail, and to whom: the assignee when someone else assigns the
 * ticket to them; creator and assignee when someone else comments or changes the status.
 * The person who acted is never told; the system (auto-close) is someone else.
 *
 * @param template the name of the e-mail's templates
 * @param recipients the ids of the users to tell, each once
 */
record Notice(String template, List<UUID> recipients) {

	static Optional<Notice> of(TicketEvent event) {
		TicketResponse ticket = event.ticket();
		if (ticket == null) {
			return Optional.empty();
		}
		UUID assignee = id(ticket.assigneeId(), ticket.assignee());
		UUID creator = id(ticket.createdById(), ticket.createdBy());
		return switch (event.type()) {
			case CREATED, ASSIGNEE_CHANGED -> to(event, "assigned", assignee);
			case COMMENT_ADDED -> to(event, "commented", creator, assignee);
			case STATUS_CHANGED -> to(event, "status-changed", creator, assignee);
			default -> Optional.empty();
		};
	}

	private static Optional<Notice> to(TicketEvent event, String template, UUID... users) {
		Set<UUID> recipients = new LinkedHashSet<>();
		for (UUID user : users) {
			if (user != null) {
				recipients.add(user);
			}
		}
		if (event.actor() != null) {
			recipients.remove(event.actor().id());
		}
		return recipients.isEmpty() ? Optional.empty() : Optional.of(new Notice(template, List.copyOf(recipients)));
	}

	private static UUID id(UUID id, UserRef user) {
		return (id != null || user == null) ? id : user.id();
	}

}
