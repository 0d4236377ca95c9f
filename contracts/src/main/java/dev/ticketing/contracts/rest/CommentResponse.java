package dev.ticketing.contracts.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment on a ticket, with its author ({@code null} once the author's account is
 * deleted).
 */
public record CommentResponse(UUID id, UUID ticketId, String body, UUID authorId, UserRef author, Instant createdAt) {

}
