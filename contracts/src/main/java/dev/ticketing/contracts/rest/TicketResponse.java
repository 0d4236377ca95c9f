package dev.ticketing.contracts.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ticket as lists show it and as events carry it.
 */
public record TicketResponse(UUID id, String displayId, String title, String overview, int severity,
		TicketStatus status, UUID categoryId, UUID typeId, UUID itemId, UUID assigneeId, UUID createdById,
		Instant resolvedAt, Instant createdAt, Instant updatedAt, NamedRef category, NamedRef type, NamedRef item,
		UserRef assignee, UserRef createdBy, @JsonProperty("_count") CommentCount count) {

}
