package dev.ticketing.service.comment;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A markdown comment on a ticket. Its own aggregate: a ticket with many comments is not
 * rewritten for each.
 */
@Table("comments")
class Comment {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID ticketId;

	private final UUID authorId;

	private final String body;

	private final Instant createdAt;

	@PersistenceCreator
	Comment(UUID id, Integer version, UUID ticketId, UUID authorId, String body, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.ticketId = ticketId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = createdAt;
	}

	static Comment write(UUID ticketId, UUID authorId, String body, Instant now) {
		return new Comment(UUID.randomUUID(), null, ticketId, authorId, body, now);
	}

	boolean isBy(UUID userId) {
		return this.authorId != null && this.authorId.equals(userId);
	}

	UUID getId() {
		return this.id;
	}

	UUID getTicketId() {
		return this.ticketId;
	}

	UUID getAuthorId() {
		return this.authorId;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
