package dev.ticketing.service.comment;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.FieldChange;
import dev.ticketing.contracts.rest.CommentResponse;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.outbox.Outbox;
import dev.ticketing.service.shared.Ids;
import dev.ticketing.service.shared.NotFoundException;
import dev.ticketing.service.ticket.TicketManagement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on tickets. Everyone may comment; authors delete their own comments, admins
 * any.
 */
@Service
public class CommentManagement {

	private final CommentRepository comments;

	private final TicketManagement tickets;

	private final Outbox outbox;

	private final Clock clock;

	CommentManagement(CommentRepository comments, TicketManagement tickets, Outbox outbox, Clock clock) {
		this.comments = comments;
		this.tickets = tickets;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public CommentResponse add(String ticketIdOrDisplayId, CommentRequest request, CurrentUser author) {
		UUID ticketId = this.tickets.idOf(ticketIdOrDisplayId);
		Comment comment = this.comments
			.save(Comment.write(ticketId, author.id(), request.body(), this.clock.instant()));
		record(EventType.COMMENT_ADDED, comment, author, new FieldChange(null, comment.getId()));
		return new CommentResponse(comment.getId(), ticketId, comment.getBody(), author.id(), author.ref(),
				comment.getCreatedAt());
	}

	@Transactional
	public void delete(String ticketIdOrDisplayId, String commentId, CurrentUser actor) {
		UUID ticketId = this.tickets.idOf(ticketIdOrDisplayId);
		Comment comment = Ids.parse(commentId)
			.flatMap(this.comments::findById)
			.filter((found) -> found.getTicketId().equals(ticketId))
			.orElseThrow(() -> new NotFoundException("Comment not found"));
		if (!comment.isBy(actor.id()) && !actor.isAdmin()) {
			throw new AccessDeniedException("Only the author or an ADMIN can delete this comment");
		}
		this.comments.delete(comment);
		record(EventType.COMMENT_DELETED, comment, actor, new FieldChange(comment.getId(), null));
	}

	private void record(EventType type, Comment comment, CurrentUser actor, FieldChange change) {
		TicketResponse ticket = this.tickets.snapshot(comment.getTicketId());
		this.outbox.record(type, ticket, actor.ref(), comment.getBody(), Map.of("commentId", change));
	}

}
