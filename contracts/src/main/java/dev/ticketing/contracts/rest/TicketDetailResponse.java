package dev.ticketing.contracts.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A single ticket with its comments, oldest first.
 */
public record TicketDetailResponse(UUID id, String displayId, String title, String overview, int severity,
		TicketStatus status, UUID categoryId, UUID typeId, UUID itemId, UUID assigneeId, UUID createdById,
		Instant resolvedAt, Instant createdAt, Instant updatedAt, NamedRef category, NamedRef type, NamedRef item,
		UserRef assignee, UserRef createdBy, @JsonProperty("_count") CommentCount count,
		List<CommentResponse> comments) {

	public static TicketDetailResponse of(TicketResponse t, List<CommentResponse> comments) {
		return new TicketDetailResponse(t.id(), t.displayId(), t.title(), t.overview(), t.severity(), t.status(),
				t.categoryId(), t.typeId(), t.itemId(), t.assigneeId(), t.createdById(), t.resolvedAt(), t.createdAt(),
				t.updatedAt(), t.category(), t.type(), t.item(), t.assignee(), t.createdBy(),
				new CommentCount(comments.size()), List.copyOf(comments));
	}

}
